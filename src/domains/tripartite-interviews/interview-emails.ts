import type { MailSettings } from "../accounts/account-emails";
import { signature } from "../mail/queue-email";
import { formatCalendarDate, formatParisDateTime } from "../paris-time";
import { plainNextStep } from "./plain-next-step";
import type { AgreedAction } from "./tripartite-interviews.tables";

/** The tripartite interview's e-mails: to the professionals, and to the trainee in plain words. */

export type Letter = { subject: string; text: string };

const letter = (settings: MailSettings, greeting: string, subject: string, body: string[]): Letter => ({
  subject,
  text: [greeting, "", ...body, "", "Bien cordialement,", signature(settings.regionName)].join("\n"),
});

const hello = (name: string) => `Bonjour ${name},`;

export type InterviewMention = {
  traineeName: string;
  traineeFirstName: string;
  siteName: string;
  plannedEndDate: string;
  pathwayLink: string;
};

export function proposalLetters(settings: MailSettings, mention: InterviewMention) {
  const end = formatCalendarDate(mention.plannedEndDate);
  return {
    professional: (name: string) =>
      letter(settings, hello(name), `Entretien tripartite à organiser : ${mention.traineeName}`, [
        `Le parcours de ${mention.traineeName} (${mention.siteName}) se termine le ${end}.`,
        "L'entretien tripartite — le ou la référent·e du prescripteur, l'organisme de formation et le ou la stagiaire — est à organiser avant cette date, pour préparer la suite de parcours.",
        "",
        `Fixez la date et le lieu, puis notez ce qui a été convenu : ${settings.publicUrl}${mention.pathwayLink}`,
      ]),
    trainee: letter(settings, hello(mention.traineeFirstName), "Préparons la suite de votre parcours", [
      `Votre parcours à ${mention.siteName} se termine le ${end}.`,
      "Avant la fin, nous allons nous retrouver pour un rendez-vous à trois : vous, votre conseiller ou conseillère, et l'équipe de formation.",
      "Ensemble, nous parlerons de la suite : une formation, un emploi, ou autre chose.",
      "",
      "Vous recevrez bientôt la date et le lieu du rendez-vous.",
    ]),
  };
}

export function scheduleLetters(
  settings: MailSettings,
  mention: InterviewMention,
  meeting: { scheduledAt: Date; place: string; rescheduled: boolean },
) {
  const when = formatParisDateTime(meeting.scheduledAt);
  const changed = meeting.rescheduled ? "Nouvelle date : " : "";
  return {
    professional: (name: string) =>
      letter(settings, hello(name), `${changed}entretien tripartite de ${mention.traineeName} le ${when}`, [
        `${meeting.rescheduled ? "L'entretien tripartite a changé de date." : "L'entretien tripartite est fixé."}`,
        "",
        `Stagiaire : ${mention.traineeName} (${mention.siteName})`,
        `Date : ${when}`,
        `Lieu : ${meeting.place}`,
        "",
        `Le parcours et l'entretien : ${settings.publicUrl}${mention.pathwayLink}`,
      ]),
    trainee: letter(settings, hello(mention.traineeFirstName), `${changed}votre rendez-vous du ${when}`, [
      meeting.rescheduled
        ? "Votre rendez-vous pour parler de la suite de votre parcours a changé."
        : "Voici votre rendez-vous pour parler de la suite de votre parcours.",
      "",
      `Quand : ${when}`,
      `Où : ${meeting.place}`,
      "",
      "Vous, votre conseiller ou conseillère et l'équipe de formation serez là. Si vous ne pouvez pas venir, prévenez l'équipe de formation.",
    ]),
  };
}

export function reminderLetter(
  settings: MailSettings,
  mention: InterviewMention,
  state: { dueDate: string; scheduledAt: Date | null },
) {
  const end = formatCalendarDate(mention.plannedEndDate);
  const where = state.scheduledAt
    ? `Il était prévu le ${formatParisDateTime(state.scheduledAt)} : s'il a eu lieu, notez ce qui a été convenu ; sinon, fixez une nouvelle date.`
    : `Il est à organiser depuis le ${formatCalendarDate(state.dueDate)} et n'a pas encore de date.`;
  return {
    message: `Rappel : l'entretien tripartite de ${mention.traineeName} n'est pas encore tenu (fin de parcours le ${end}).`,
    letter: (name: string) =>
      letter(settings, hello(name), `Rappel : entretien tripartite de ${mention.traineeName}`, [
        `L'entretien tripartite de ${mention.traineeName} (${mention.siteName}) n'est pas encore tenu ; son parcours se termine le ${end}.`,
        where,
        "",
        `${settings.publicUrl}${mention.pathwayLink}`,
      ]),
  };
}

/** To the trainee once the interview is recorded: what was decided, and what they have to do. */
export function recordLetter(
  settings: MailSettings,
  mention: InterviewMention,
  record: { nextStep: Parameters<typeof plainNextStep>[0]; actions: readonly AgreedAction[] },
): Letter {
  const mine = record.actions.filter((action) => action.owner === "trainee");
  return letter(settings, hello(mention.traineeFirstName), "Ce que nous avons décidé pour la suite", [
    "Merci pour notre rendez-vous. Voici ce que nous avons décidé ensemble :",
    plainNextStep(record.nextStep, formatCalendarDate),
    "",
    ...(mine.length > 0
      ? [
          "Ce que vous avez à faire :",
          ...mine.map(
            (action) =>
              `- ${action.description}${action.dueDate ? `, avant le ${formatCalendarDate(action.dueDate)}` : ""}`,
          ),
        ]
      : ["Vous n'avez rien de particulier à faire pour l'instant."]),
    "",
    "Vous retrouvez tout cela dans votre espace Amorce.",
  ]);
}
