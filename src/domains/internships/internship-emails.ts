import type { MailSettings } from "../accounts/account-emails";
import type { OutgoingEmail } from "../mail/queue-email";
import { signature } from "../mail/queue-email";
import { formatCalendarDate, formatParisDateTime } from "../paris-time";
import type { SignatoryParty } from "./internship-vocabulary";
import { assessmentLink, signatureLink } from "./signature-links";

/** The e-mails of an internship agreement's signers and its tutor, in plain French, without any account. */

export type InternshipMention = {
  traineeName: string;
  companyName: string;
  startDate: string;
  endDate: string;
};

const AS_PARTY: Record<SignatoryParty, string> = {
  trainee: "en tant que stagiaire",
  company: "pour l'entreprise d'accueil",
  training_organisation: "pour l'organisme de formation",
  referent: "en tant que référent·e prescripteur·rice",
};

const period = (internship: InternshipMention) =>
  `du ${formatCalendarDate(internship.startDate)} au ${formatCalendarDate(internship.endDate)}`;

function letter(
  settings: MailSettings,
  to: string,
  name: string,
  subject: string,
  body: string[],
): OutgoingEmail {
  return {
    to,
    subject,
    text: [`Bonjour ${name},`, "", ...body, "", "Bien cordialement,", signature(settings.regionName)].join(
      "\n",
    ),
  };
}

export function signatureRequestEmail(
  settings: MailSettings,
  request: {
    to: string;
    name: string;
    party: SignatoryParty;
    internship: InternshipMention;
    token: string;
    expiresAt: Date;
    reminder: boolean;
  },
): OutgoingEmail {
  const { internship } = request;
  return letter(
    settings,
    request.to,
    request.name,
    `${request.reminder ? "Rappel : " : ""}convention de stage de ${internship.traineeName} à signer`,
    [
      request.reminder
        ? "La convention de stage ci-dessous attend encore votre signature."
        : "Une convention de stage (période de mise en situation en milieu professionnel) attend votre signature.",
      "",
      `Stagiaire : ${internship.traineeName}`,
      `Entreprise : ${internship.companyName}`,
      `Dates : ${period(internship)}`,
      "",
      `Pour la lire et la signer ${AS_PARTY[request.party]}, sans créer de compte, ouvrez ce lien :`,
      signatureLink(settings, request.token),
      "",
      `Ce lien est personnel et ne sert qu'une fois. Il est valable jusqu'au ${formatParisDateTime(request.expiresAt)}.${request.reminder ? " Les liens reçus avant celui-ci ne fonctionnent plus." : ""}`,
      "",
      "Le stage ne peut pas commencer tant que les quatre signatures ne sont pas réunies.",
    ],
  );
}

export function assessmentRequestEmail(
  settings: MailSettings,
  request: { to: string; name: string; internship: InternshipMention; token: string; expiresAt: Date },
): OutgoingEmail {
  const { internship } = request;
  return letter(settings, request.to, request.name, `Votre avis sur le stage de ${internship.traineeName}`, [
    `${internship.traineeName} a fait un stage chez ${internship.companyName} ${period(internship)}, avec vous comme tuteur ou tutrice.`,
    "",
    "Pouvez-vous donner votre avis en quelques clics (ponctualité, comportement, intérêt pour le métier, savoir-faire découverts, heures faites) ? Cela prend deux minutes, sans compte :",
    assessmentLink(settings, request.token),
    "",
    `Ce lien ne sert qu'une fois et reste valable jusqu'au ${formatParisDateTime(request.expiresAt)}.`,
  ]);
}
