import { CONTRACT_TYPE_LABELS, type NextStep } from "../outcomes/next-step";

/**
 * The agreed next step in plain words for the trainee (their space and their e-mail); shared by the
 * server and the web, each with its own way of writing a date.
 */
export function plainNextStep(
  step: Pick<NextStep, "kind" | "title" | "startDate" | "contractType">,
  formatDate: (day: string) => string,
): string {
  const from = step.startDate ? `, à partir du ${formatDate(step.startDate)}` : "";
  switch (step.kind) {
    case "qualifying_training_prf":
    case "qualifying_training_other":
      return `Vous entrez en formation${step.title ? ` : ${step.title}` : ""}${from}.`;
    case "apprenticeship":
      return `Vous partez en apprentissage${step.title ? ` : ${step.title}` : ""}${from}.`;
    case "employment":
      return `Vous allez travailler${step.title ? ` chez ${step.title}` : ""}${step.contractType ? ` (${CONTRACT_TYPE_LABELS[step.contractType]})` : ""}${from}.`;
    case "job_search":
      return "Vous cherchez un emploi, avec l'aide de votre conseiller ou conseillère.";
    case "other":
      return "Une autre suite a été convenue avec vous.";
  }
}
