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

export function signInLink(settings: MailSettings, token: string): string {
  return `${settings.publicUrl}/connexion-par-lien?jeton=${encodeURIComponent(token)}`;
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

/**
 * A trainee's sign-in link: when the training organisation opens their space (`access_given`), or when
 * they ask for one on the sign-in page (`requested`).
 */
export function signInLinkEmail(
  settings: MailSettings,
  link: { to: string; displayName: string; token: string; reason: "access_given" | "requested" },
): OutgoingEmail {
  const opening =
    link.reason === "access_given"
      ? [
          "Votre organisme de formation vous a ouvert votre espace sur Amorce : vous y verrez votre parcours, vos heures, vos stages et vos progrès.",
          "",
          "Pour y entrer, ouvrez ce lien :",
        ]
      : ["Voici le lien pour entrer dans votre espace Amorce :"];
  return {
    to: link.to,
    subject:
      link.reason === "access_given" ? "Votre espace Amorce est ouvert" : "Votre lien de connexion à Amorce",
    text: [
      `Bonjour ${link.displayName},`,
      "",
      ...opening,
      signInLink(settings, link.token),
      "",
      "Ce lien ne sert qu'une fois et reste valable 30 minutes. Ensuite, demandez-en un nouveau sur la page de connexion : « Vous êtes stagiaire ? Recevez un lien de connexion par e-mail ». Vous n'avez pas de mot de passe à retenir.",
      "",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      "",
      "Bien cordialement,",
      signature(settings.regionName),
    ].join("\n"),
  };
}

export function mailSettings(config: Config): MailSettings {
  return { publicUrl: config.publicUrl, regionName: config.branding.regionName };
}
