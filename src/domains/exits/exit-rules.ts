import { NEXT_STEP_KIND_LABELS, type NextStep, situationOfNextStep } from "../outcomes/next-step";
import { type ExitReason, SITUATION_LABELS, type Situation } from "../outcomes/situation-vocabulary";

/**
 * What makes an exit acceptable, with no I/O (the web shows the same warnings before sending).
 * Errors refuse the exit; warnings are shown and kept, for an exit may really be unusual.
 */

export type ExitInput = {
  entryDate: string;
  plannedEndDate: string | null;
  /** Today in Paris, `YYYY-MM-DD`. */
  today: string;
  exitDate: string;
  reason: ExitReason;
  situationAtExit: Situation;
  nextStep: Pick<NextStep, "kind" | "contractType">;
};

export type ExitIssue = { field: "exitDate" | "situationAtExit"; message: string };
export type ExitCheck = { errors: ExitIssue[]; warnings: string[] };

/** « 7 septembre 2026 » for `2026-09-07`. */
export function frenchDay(day: string): string {
  return new Intl.DateTimeFormat("fr-FR", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${day}T00:00:00Z`));
}

const EMPLOYMENT: readonly Situation[] = ["employment_durable", "employment_short"];
const TRAINING: readonly Situation[] = [
  "qualifying_training_prf",
  "qualifying_training_other",
  "apprenticeship",
];

/**
 * The situations an early exit's reason requires: leaving early for a job means being employed at exit,
 * leaving for a training means being in a qualifying training or an apprenticeship.
 */
export const SITUATIONS_REQUIRED_BY_REASON: Partial<Record<ExitReason, readonly Situation[]>> = {
  early_exit_employment: EMPLOYMENT,
  early_exit_training: TRAINING,
};

export function checkExit(input: ExitInput): ExitCheck {
  const errors: ExitIssue[] = [];
  const warnings: string[] = [];
  if (input.exitDate < input.entryDate)
    errors.push({
      field: "exitDate",
      message: `La date de sortie ne peut pas précéder l'entrée (${frenchDay(input.entryDate)}).`,
    });
  if (input.exitDate > input.today)
    errors.push({ field: "exitDate", message: "La date de sortie ne peut pas être dans le futur." });
  const required = SITUATIONS_REQUIRED_BY_REASON[input.reason];
  if (required && !required.includes(input.situationAtExit))
    errors.push({
      field: "situationAtExit",
      message:
        input.reason === "early_exit_employment"
          ? "Une sortie anticipée pour un emploi suppose un emploi à la sortie : choisissez « Emploi durable » ou « Emploi de moins de 6 mois », ou un autre motif."
          : "Une sortie anticipée pour une formation suppose une formation qualifiante ou un apprentissage à la sortie : changez la situation ou le motif.",
    });
  if (input.reason === "completed" && input.plannedEndDate && input.exitDate < input.plannedEndDate)
    warnings.push(
      `Le parcours est dit terminé avant sa fin prévue (${frenchDay(input.plannedEndDate)}) : s'agit-il d'une sortie anticipée ?`,
    );
  const expected = situationOfNextStep(input.nextStep);
  if (input.nextStep.kind !== "other" && expected !== input.situationAtExit)
    warnings.push(
      `La situation à la sortie (« ${SITUATION_LABELS[input.situationAtExit]} ») n'est pas celle où mène la suite de parcours « ${NEXT_STEP_KIND_LABELS[input.nextStep.kind]} » (« ${SITUATION_LABELS[expected]} »).`,
    );
  return { errors, warnings };
}

/** The wording of a certificate: a pathway followed to its end, or left early. */
export function certificateOutcome(reason: ExitReason): string {
  return reason === "completed"
    ? "a suivi le parcours Amorce de Parcours jusqu'à son terme."
    : "a suivi le parcours Amorce de Parcours et l'a quitté avant son terme prévu.";
}
