import type { MailSettings } from "../accounts/account-emails";
import type { OutgoingEmail } from "../mail/queue-email";
import { signature } from "../mail/queue-email";
import { formatParisDateTime } from "../paris-time";

export type InvitationFacts = {
  to: string;
  firstName: string;
  startsAt: Date;
  place: string;
  siteName: string;
  organisationName: string;
  /** They answer in their space; without an account, they answer the site directly. */
  hasAccount: boolean;
  siteContact: { phone: string | null; email: string | null };
};

/** The e-mail inviting an ambassador to testify at an information session, in plain French. */
export function invitationEmail(settings: MailSettings, facts: InvitationFacts): OutgoingEmail {
  const when = formatParisDateTime(facts.startsAt);
  const contact = [facts.siteContact.phone, facts.siteContact.email].filter(Boolean).join(" ou ");
  const howToAnswer = facts.hasAccount
    ? [
        "Pour répondre « J'accepte » ou « Je ne peux pas », ouvrez votre espace Amorce :",
        `${settings.publicUrl}/`,
      ]
    : [`Pour répondre, contactez le site ${facts.siteName}${contact ? ` : ${contact}` : ""}.`];
  return {
    to: facts.to,
    subject: `Invitation à témoigner le ${when}`,
    text: [
      `Bonjour ${facts.firstName},`,
      "",
      `${facts.organisationName} vous invite à venir raconter votre parcours aux futurs stagiaires, lors d'une réunion d'information :`,
      "",
      `- Quand : le ${when}`,
      `- Où : ${facts.place} (site ${facts.siteName})`,
      "",
      "Vous dites simplement ce que vous avez vécu pendant la formation et ce qu'elle vous a apporté, puis vous répondez aux questions, si vous le voulez bien.",
      "",
      ...howToAnswer,
      "",
      "Vous recevez ce message parce que vous avez accepté de témoigner pour les futurs stagiaires. Vous pouvez changer d'avis à tout moment dans votre espace.",
      "",
      signature(settings.regionName),
    ].join("\n"),
  };
}
