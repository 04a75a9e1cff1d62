import {
  CONTRACT_TYPE_LABELS,
  NEXT_STEP_KIND_LABELS,
  type NextStep,
} from "../../../../src/domains/outcomes/next-step";
import { formatDate } from "../../ui/dates";

/** « Emploi — CDI — Boulangerie Lacoste », « Formation qualifiante du PRF — Cuisine — à partir du 5 janv. 2027 ». */
export function nextStepText(step: NextStep | null): string {
  if (!step) return "Non renseignée";
  const parts: string[] = [NEXT_STEP_KIND_LABELS[step.kind]];
  if (step.contractType) parts.push(CONTRACT_TYPE_LABELS[step.contractType]);
  if (step.title) parts.push(step.title);
  if (step.startDate) parts.push(`à partir du ${formatDate(step.startDate)}`);
  if (step.plan) parts.push(step.plan);
  return parts.join(" — ");
}

/** « Oui », « Non », « Inconnu ». */
export const yesNo = (value: boolean | null) => (value === null ? "Inconnu" : value ? "Oui" : "Non");
