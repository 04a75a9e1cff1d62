import type { Config } from "../../config";
import type { OutgoingEmail } from "../mail/queue-email";
import { signature } from "../mail/queue-email";

/** What the account e-mails need to know about where Amorce runs. */
export type MailSettings = { publicUrl: string; regionName: string };

export function invitationLink(settings: MailSettings, token: string): string {
  return `${settings.publicUrl}/invitation?jeton=${encodeURIComponent(token)}`;
}

export function passwordResetLink(settings: MailSettings, token: string): string {
  return `${settings.publicUrl}/reinitialiser-mot-de-passe?jeton=${encodeURIComponent(token)}`;
}

export function invitationEmail(
  settings: MailSettings,
  invitation: {
    to: string;
    displayName: string;
    roleLabel: string;
    organisationName: string | null;
    token: string;
  },
): OutgoingEmail {
  const where = invitation.organisationName ? ` pour ${invitation.organisationName}` : "";
  return {
    to: invitation.to,
    subject: "Votre accès à Amorce",
    text: [
      `Bonjour ${invitation.displayName},`,
      "",
      `Un compte vous a été ouvert sur Amorce, le logiciel du dispositif Amorce de Parcours, en tant que « ${invitation.roleLabel} »${where}.`,
      "",
      "Pour l'activer, choisissez votre mot de passe en ouvrant ce lien :",
      invitationLink(settings, invitation.token),
      "",
      "Ce lien est personnel et valable 7 jours. S'il a expiré, demandez à l'administrateur de votre structure de vous envoyer une nouvelle invitation.",
      "",
      "Si vous ne vous attendiez pas à ce message, vous pouvez l'ignorer : aucun compte ne sera activé sans vous.",
      "",
      "Bien cordialement,",
      signature(settings.regionName),
    ].join("\n"),
  };
}

export function passwordResetEmail(
  settings: MailSettings,
  reset: { to: string; displayName: string; token: string },
): OutgoingEmail {
  return {
    to: reset.to,
    subject: "Réinitialisation de votre mot de passe Amorce",
    text: [
      `Bonjour ${reset.displayName},`,
      "",
      "Vous avez demandé à changer le mot de passe de votre compte Amorce. Pour en choisir un nouveau, ouvrez ce lien :",
      passwordResetLink(settings, reset.token),
      "",
      "Ce lien ne sert qu'une fois et reste valable 1 heure. Une fois le mot de passe changé, vos autres connexions ouvertes seront fermées.",
      "",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
      "",
      "Bien cordialement,",
      signature(settings.regionName),
    ].join("\n"),
  };
}

export function mailSettings(config: Config): MailSettings {
  return { publicUrl: config.publicUrl, regionName: config.branding.regionName };
}
