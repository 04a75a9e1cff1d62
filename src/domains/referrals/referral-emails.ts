import type { MailSettings } from "../accounts/account-emails";
import type { OutgoingEmail } from "../mail/queue-email";
import { signature } from "../mail/queue-email";
import { formatCalendarDate, formatParisDateTime } from "../paris-time";

/** The e-mails a person receives about their application, in plain French, without any account. */

export type SiteContact = {
  name: string;
  communeName: string;
  address: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

type Recipient = { to: string; firstName: string };

const siteLines = (site: SiteContact) => [
  `${site.name}${site.address ? `, ${site.address}` : ""}, ${site.communeName}`,
  ...(site.contactPhone ? [`Téléphone : ${site.contactPhone}`] : []),
  ...(site.contactEmail ? [`E-mail : ${site.contactEmail}`] : []),
];

function letter(
  settings: MailSettings,
  recipient: Recipient,
  subject: string,
  body: string[],
): OutgoingEmail {
  return {
    to: recipient.to,
    subject,
    text: [
      `Bonjour ${recipient.firstName},`,
      "",
      ...body,
      "",
      "Bien cordialement,",
      signature(settings.regionName),
    ].join("\n"),
  };
}

export function selfReferralReceiptEmail(
  settings: MailSettings,
  recipient: Recipient,
  application: { reference: string; site: SiteContact },
): OutgoingEmail {
  return letter(settings, recipient, "Votre demande pour Amorce de Parcours est bien arrivée", [
    "Votre demande pour entrer dans le dispositif Amorce de Parcours est bien arrivée. Merci !",
    "",
    `Numéro de votre demande : ${application.reference}`,
    "",
    "Elle a été envoyée à ce site :",
    ...siteLines(application.site),
    "",
    "L'équipe du site va lire votre demande et vous contacter, en général sous deux semaines, pour vous inviter à une réunion d'information ou à un entretien.",
    "",
    "Vous n'avez rien à faire d'ici là. Si vous changez d'avis ou si vos coordonnées changent, contactez le site.",
  ]);
}

export function invitationToPersonEmail(
  settings: MailSettings,
  recipient: Recipient,
  invitation: {
    kind: "information_session" | "admission_interview";
    at: Date;
    place: string;
    site: SiteContact;
  },
): OutgoingEmail {
  const what =
    invitation.kind === "information_session"
      ? "une réunion d'information collective"
      : "un entretien pour préparer votre entrée";
  return letter(settings, recipient, "Amorce de Parcours : vous êtes invité·e", [
    `Le site ${invitation.site.name} vous invite à ${what}.`,
    "",
    `Quand : ${formatParisDateTime(invitation.at)}`,
    `Où : ${invitation.place}`,
    "",
    "Si vous ne pouvez pas venir, prévenez le site :",
    ...siteLines(invitation.site),
  ]);
}

export function acceptedEmail(
  settings: MailSettings,
  recipient: Recipient,
  acceptance: { entryDate: string; site: SiteContact },
): OutgoingEmail {
  return letter(settings, recipient, "Amorce de Parcours : vous êtes accepté·e", [
    `Bonne nouvelle : le site ${acceptance.site.name} vous accepte dans le dispositif Amorce de Parcours.`,
    "",
    `Votre entrée est prévue le ${formatCalendarDate(acceptance.entryDate)}. Le site vous dira l'heure et ce qu'il faut apporter.`,
    "",
    "Pour toute question :",
    ...siteLines(acceptance.site),
  ]);
}

export function waitingListEmail(
  settings: MailSettings,
  recipient: Recipient,
  site: SiteContact,
): OutgoingEmail {
  return letter(settings, recipient, "Amorce de Parcours : vous êtes sur la liste d'attente", [
    `Le site ${site.name} est complet pour le moment. Vous êtes inscrit·e sur sa liste d'attente.`,
    "",
    "Dès qu'une place se libère, elle est proposée aux personnes de la liste, dans l'ordre d'inscription. Le site vous contactera.",
    "",
    ...siteLines(site),
  ]);
}

export function refusedEmail(settings: MailSettings, recipient: Recipient, site: SiteContact): OutgoingEmail {
  return letter(settings, recipient, "Amorce de Parcours : réponse à votre demande", [
    `Le site ${site.name} ne peut pas donner suite à votre demande pour le moment.`,
    "",
    "Ce n'est pas une fin : votre conseiller·ère (France Travail, Mission Locale, Cap emploi…) peut vous aider à trouver une solution adaptée. Vous pouvez aussi contacter le site pour en savoir plus :",
    ...siteLines(site),
  ]);
}
