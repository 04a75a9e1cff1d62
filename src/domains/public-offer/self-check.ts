/**
 * « Est-ce pour moi ? »: a few yes/no questions a member of the public answers before applying, and the
 * plain answer they get. Pure and shared with the web; the wording is the page's.
 */

export const SELF_CHECK_QUESTIONS = [
  { id: "seeking", text: "Cherchez-vous un emploi, une formation ou une idée de métier ?" },
  {
    id: "stableJob",
    text: "Avez-vous en ce moment un emploi stable (un CDI, ou un contrat de 6 mois ou plus) ?",
  },
  { id: "inSchool", text: "Êtes-vous encore à l'école ou en études ?" },
  {
    id: "projectReady",
    text: "Savez-vous déjà quel métier vous voulez faire, et quelle formation y mène ?",
  },
  {
    id: "available",
    text: "Pouvez-vous suivre un parcours en journée pendant 3 à 4 mois, avec des stages en entreprise ?",
  },
] as const;

export type SelfCheckQuestionId = (typeof SELF_CHECK_QUESTIONS)[number]["id"];
export type SelfCheckAnswers = Partial<Record<SelfCheckQuestionId, boolean>>;

export type NextStep = { text: string; link?: { to: string; label: string } };
export type SelfCheckVerdict = {
  kind: "likely_yes" | "talk_to_advisor" | "other_service";
  title: string;
  explanation: string;
  nextSteps: NextStep[];
};

const FIND_SITE = { to: "/trouver-un-site", label: "Trouver un site près de chez moi" };
const APPLY = { to: "/candidater", label: "Envoyer ma demande" };
const ADVISOR =
  "Parlez-en à votre conseiller : France Travail, Mission Locale (moins de 26 ans) ou Cap emploi (situation de handicap).";

/** The answer once every question is answered; `null` before. */
export function selfCheckVerdict(answers: SelfCheckAnswers): SelfCheckVerdict | null {
  if (SELF_CHECK_QUESTIONS.some((question) => answers[question.id] === undefined)) return null;
  const otherService = [
    answers.seeking === false &&
      "Amorce de Parcours est fait pour les personnes qui cherchent un emploi ou une formation. Si votre situation change, revenez nous voir.",
    answers.stableJob === true &&
      "Vous avez un emploi stable : pour changer de métier ou vous former, renseignez-vous sur le conseil en évolution professionnelle et le compte personnel de formation (CPF).",
    answers.inSchool === true &&
      "Vous êtes encore en études : le service d'orientation de votre établissement ou un centre d'information et d'orientation (CIO) peut vous aider.",
  ].filter((reason): reason is string => typeof reason === "string");
  if (otherService.length > 0) {
    return {
      kind: "other_service",
      title: "Un autre service vous conviendra sans doute mieux",
      explanation: otherService.join(" "),
      nextSteps: [
        {
          text: "Un doute ? Un Espace Régional d'Information de Proximité (ERIP) ou votre conseiller vous oriente gratuitement.",
        },
      ],
    };
  }
  if (answers.projectReady === true || answers.available === false) {
    return {
      kind: "talk_to_advisor",
      title: "Parlez-en à un conseiller",
      explanation: [
        answers.projectReady === true &&
          "Vous savez déjà où vous allez : une formation qualifiante ou un emploi peut vous convenir directement. Amorce de Parcours peut aussi vous aider à confirmer votre projet.",
        answers.available === false &&
          "Le parcours demande d'être disponible en journée pendant 3 à 4 mois. Un conseiller peut chercher avec vous une solution qui vous convient.",
      ]
        .filter(Boolean)
        .join(" "),
      nextSteps: [
        { text: ADVISOR },
        {
          text: "Vous pouvez aussi appeler le site le plus proche : il répondra à vos questions.",
          link: FIND_SITE,
        },
      ],
    };
  }
  return {
    kind: "likely_yes",
    title: "Amorce de Parcours semble fait pour vous",
    explanation:
      "Le parcours vous aide à trouver votre projet professionnel, puis à entrer en formation ou en emploi.",
    nextSteps: [
      {
        text: "Trouvez le site le plus proche de chez vous et ses prochaines informations collectives.",
        link: FIND_SITE,
      },
      {
        text: "Envoyez votre demande en ligne, sans créer de compte : le site vous recontacte.",
        link: APPLY,
      },
      {
        text: "Vous avez déjà un conseiller (France Travail, Mission Locale, Cap emploi…) ? Parlez-lui du parcours : il peut vous y inscrire.",
      },
    ],
  };
}
