import type { ContractType, NextStep } from "../../domains/outcomes/next-step";
import { situationOfNextStep } from "../../domains/outcomes/next-step";
import type { ExitReason, Situation } from "../../domains/outcomes/situation-vocabulary";
import type { Gender, QualificationLevel } from "../../domains/people/profile-vocabulary";
import type { Random } from "../territory/random";
import { dayNumber, isoDay } from "./demo-calendar";
import { weighted } from "./demo-paths";
import type { DemoReferralRows } from "./demo-referral-plan";

/**
 * The outcomes of the demo's closed pathways and the profiles at entry, drawn from a random of their
 * own so that the rest of the demo stays as it was. Shares after the 2021 evaluation
 * (`shared/seed/evaluation-amorce-de-parcours-2021.txt`): 5 % in training a year before entry, 13.5 %
 * going on to a PRF training at exit; the others are plausible for people far from employment.
 */
export const DEMO_OUTCOMES_SEED = 20_261_126;

export const GENDER_SHARES: [Gender, number][] = [
  ["F", 52],
  ["M", 46],
  ["X", 2],
];
const SITUATION_BEFORE_SHARES: [Situation, number][] = [
  ["job_seeking", 55],
  ["inactive", 20],
  ["employment_short", 12],
  ["employment_durable", 2],
  ["qualifying_training_other", 3],
  ["qualifying_training_prf", 2],
  ["apprenticeship", 1],
  ["unknown", 5],
];
const QUALIFICATION_SHARES: [QualificationLevel | "unknown", number][] = [
  ["infra3", 40],
  ["3", 32],
  ["4", 17],
  ["5", 4],
  ["6", 2],
  ["unknown", 5],
];
/** A pathway that reached its planned end: mostly completed. */
const REASON_AT_END: [ExitReason, number][] = [
  ["completed", 86],
  ["early_exit_employment", 4],
  ["early_exit_training", 3],
  ["early_exit_health", 3],
  ["early_exit_dropout", 3],
  ["early_exit_other", 1],
];
/** A pathway cut short (still running on the demo's last day, closed then): an early exit. */
const REASON_CUT: [ExitReason, number][] = [
  ["early_exit_employment", 30],
  ["early_exit_training", 14],
  ["early_exit_health", 18],
  ["early_exit_dropout", 28],
  ["early_exit_other", 8],
];
/** After a completed pathway; PRF chosen so that about 13.5 % of all exits go on to it. */
const NEXT_STEP_WHEN_COMPLETED: [NextStep["kind"], number][] = [
  ["qualifying_training_prf", 13],
  ["qualifying_training_other", 10],
  ["apprenticeship", 4],
  ["employment", 17],
  ["job_search", 46],
  ["other", 10],
];
const CONTRACT_SHARES: [ContractType, number][] = [
  ["cdi", 15],
  ["cdd_6_months_or_more", 20],
  ["cdd_under_6_months", 30],
  ["temporary_6_months_or_more", 5],
  ["temporary_under_6_months", 25],
  ["business_creation", 2],
  ["other", 3],
];
const PRF_TRAININGS = [
  "Titre professionnel Agent de propreté et d'hygiène",
  "Titre professionnel Assistant de vie aux familles",
  "Titre professionnel Cuisinier",
  "Titre professionnel Préparateur de commandes en entrepôt",
  "CAP Accompagnant éducatif petite enfance",
  "Titre professionnel Employé commercial en magasin",
  "Titre professionnel Agent de restauration",
  "Titre professionnel Maçon",
];
const OTHER_TRAININGS = [
  "CACES R489 (chariots élévateurs)",
  "Permis C et FIMO marchandises",
  "Titre professionnel Secrétaire assistant (CPF)",
  "CQP Agent de prévention et de sécurité",
];
const APPRENTICESHIPS = ["Boulangerie", "Coiffure", "Aide-soignant·e", "Mécanique automobile", "Paysagiste"];
const EMPLOYERS = [
  "Entreprise de nettoyage",
  "Supermarché",
  "Association d'aide à domicile",
  "Plateforme logistique",
  "Restaurant",
  "Exploitation viticole",
  "Collectivité (contrat aidé)",
];
const JOB_SEARCH_PLANS = [
  "Candidatures dans la logistique avec la conseillère France Travail ; atelier CV en décembre.",
  "Recherche d'un emploi d'agent d'entretien près de chez soi ; inscription dans deux agences d'intérim.",
  "Accompagnement renforcé par la Mission Locale ; visites d'entreprises de la restauration.",
  "Recherche dans l'aide à la personne ; permis de conduire à financer d'abord.",
];
const OTHER_PLANS = [
  "Soins à poursuivre ; reprise d'un parcours prévue avec la référente au printemps.",
  "Déménagement ; orientation vers la Mission Locale du nouveau domicile.",
  "Garde d'enfant à trouver avant toute reprise ; point avec le CCAS.",
  "Personne injoignable après son départ ; la référente reprend contact.",
];

function nextStepFor(random: Random, reason: ExitReason, exitDay: number): NextStep {
  const step = (kind: NextStep["kind"], fields: Partial<NextStep> = {}): NextStep => ({
    kind,
    title: null,
    startDate: null,
    contractType: null,
    plan: null,
    ...fields,
  });
  const startDate = () => isoDay(exitDay + random.integer(10, 75));
  const kind: NextStep["kind"] =
    reason === "completed"
      ? weighted(random, NEXT_STEP_WHEN_COMPLETED)
      : reason === "early_exit_employment"
        ? "employment"
        : reason === "early_exit_training"
          ? random.next() < 0.55
            ? "qualifying_training_prf"
            : random.next() < 0.7
              ? "qualifying_training_other"
              : "apprenticeship"
          : reason === "early_exit_dropout"
            ? random.next() < 0.5
              ? "job_search"
              : "other"
            : "other";
  switch (kind) {
    case "qualifying_training_prf":
      return step(kind, { title: random.pick(PRF_TRAININGS), startDate: startDate() });
    case "qualifying_training_other":
      return step(kind, { title: random.pick(OTHER_TRAININGS), startDate: startDate() });
    case "apprenticeship":
      return step(kind, { title: random.pick(APPRENTICESHIPS), startDate: startDate() });
    case "employment":
      return step(kind, { title: random.pick(EMPLOYERS), contractType: weighted(random, CONTRACT_SHARES) });
    case "job_search":
      return step(kind, { plan: random.pick(JOB_SEARCH_PLANS) });
    case "other":
      return step(kind, { plan: random.pick(OTHER_PLANS) });
  }
}

/** Where a person is at exit: where the next step leads, or, for « other », inactive or unknown. */
function situationAtExit(random: Random, reason: ExitReason, step: NextStep): Situation {
  if (step.kind !== "other") return situationOfNextStep(step);
  return reason === "early_exit_dropout" ? "unknown" : random.next() < 0.7 ? "inactive" : "unknown";
}

/**
 * Gives every demo person a gender, every pathway a profile at entry, and every closed pathway its
 * exit reason, situation at exit and next step (the referral plan only knew whether it was cut short).
 */
export function addDemoOutcomes(rows: DemoReferralRows, random: Random): void {
  for (const person of rows.people) person.gender = weighted(random, GENDER_SHARES);
  for (const pathway of rows.pathways) {
    const before = weighted(random, SITUATION_BEFORE_SHARES);
    const qualification = weighted(random, QUALIFICATION_SHARES);
    pathway.situationBefore12m = before;
    pathway.qualificationLevel = qualification === "unknown" ? null : qualification;
    pathway.workedPrior12m =
      before === "employment_short" || before === "employment_durable"
        ? true
        : random.next() < 0.1
          ? null
          : random.next() < 0.3;
    pathway.rqth = random.next() < 0.1;
    pathway.qpv = random.next() < 0.2;
    if (!pathway.exitDate) continue;
    const cut = pathway.exitReason !== "completed";
    const reason = weighted(random, cut ? REASON_CUT : REASON_AT_END);
    const exitDay = dayNumber(pathway.exitDate);
    const nextStep = nextStepFor(random, reason, exitDay);
    pathway.exitReason = reason;
    pathway.nextStep = nextStep;
    pathway.situationAtExit = situationAtExit(random, reason, nextStep);
    pathway.exitRecordedAt = pathway.updatedAt ?? null;
  }
}
