import type { MailSettings } from "../accounts/account-emails";
import type { OutgoingEmail } from "../mail/queue-email";
import { signature } from "../mail/queue-email";

/** A digest lists this many notifications at most; the page « Notifications » shows them all. */
export const DIGEST_MAX_LISTED = 50;

export type DigestItem = { message: string; link: string | null; createdAt: Date };

const parisDateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});

/** The one e-mail a day that lists a user's notifications not yet e-mailed, oldest first. */
export function digestEmail(
  settings: MailSettings,
  recipient: { to: string; displayName: string },
  items: readonly DigestItem[],
): OutgoingEmail {
  const count = items.length === 1 ? "1 notification" : `${items.length} notifications`;
  const listed = items
    .slice(0, DIGEST_MAX_LISTED)
    .map((item) =>
      [
        `• ${item.message} (${parisDateTime.format(item.createdAt)})`,
        ...(item.link ? [`  ${settings.publicUrl}${item.link}`] : []),
      ].join("\n"),
    );
  const more = items.length - listed.length;
  return {
    to: recipient.to,
    subject: `Amorce — votre récapitulatif quotidien (${count})`,
    text: [
      `Bonjour ${recipient.displayName},`,
      "",
      `Voici ce qui a changé sur Amorce depuis votre dernier récapitulatif (${count}) :`,
      "",
      listed.join("\n\n"),
      ...(more > 0 ? ["", `… et ${more} de plus.`] : []),
      "",
      `Toutes vos notifications : ${settings.publicUrl}/notifications`,
      "",
      "Vous recevez ce récapitulatif une fois par jour, comme vous l'avez choisi. Vous pouvez préférer un e-mail à chaque changement sur la page « Notifications ».",
      "",
      signature(settings.regionName),
    ].join("\n"),
  };
}
