import type { MailSettings } from "../accounts/account-emails";
import { type OutgoingEmail, signature } from "../mail/queue-email";
import { formatParisDateTime } from "../paris-time";

/** The follow-up questionnaire's link: personal, without an account; the token is the permission. */
export const followUpLink = (settings: MailSettings, token: string) =>
  `${settings.publicUrl}/suivi?jeton=${encodeURIComponent(token)}`;

/** The e-mail to a former trainee, in plain French: a few questions, on their phone, in 2 minutes. */
export function followUpEmail(
  settings: MailSettings,
  request: {
    to: string;
    firstName: string;
    months: number;
    token: string;
    expiresAt: Date;
    reminder: boolean;
  },
): OutgoingEmail {
  return {
    to: request.to,
    subject: `${request.reminder ? "Rappel : " : ""}comment allez-vous, ${request.months} mois après votre parcours ?`,
    text: [
      `Bonjour ${request.firstName},`,
      "",
      `Il y a ${request.months} mois, vous avez terminé votre parcours Amorce. Où en êtes-vous aujourd'hui ?`,
      "Répondez à 5 questions courtes, depuis votre téléphone, en 2 minutes, sans créer de compte :",
      followUpLink(settings, request.token),
      "",
      "Vos réponses aident la Région à améliorer le parcours pour les personnes qui le suivront.",
      `Ce lien est personnel. Il est valable jusqu'au ${formatParisDateTime(request.expiresAt)}.${request.reminder ? " Les liens reçus avant celui-ci ne fonctionnent plus." : ""}`,
      "",
      "Merci !",
      signature(settings.regionName),
    ].join("\n"),
  };
}
