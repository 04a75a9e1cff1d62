import {
  INTERNSHIP_STATUS_LABELS,
  type InternshipStatus,
} from "../../../../../src/domains/internships/internship-vocabulary";
import { formatDay } from "../../../../../src/domains/programme-rules/plan-input";
import {
  MODULE_LABELS,
  type Module,
  PLAN_ITEM_KIND_LABELS,
  type PlanItemKind,
} from "../../../../../src/domains/programme-rules/programme-rules";

export { formatDay };

const hoursFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
/** « 70 h », « 3,5 h ». */
export const hours = (value: number) => `${hoursFormat.format(value)} h`;

/** « 46,7 % » for 0.4667. */
export const percent = (share: number) => `${hoursFormat.format(Math.round(share * 1000) / 10)} %`;

const FIELD_WORDS: Record<string, string> = {
  hours: "heures",
  start: "début",
  end: "fin",
  date: "date",
  module: "module",
  kind: "type",
  plannedEndDate: "Fin prévue",
  entryDate: "Entrée",
};

/** `items[2].hours : obligatoire` in words: « Élément 3, heures : obligatoire ». */
export function readableProblem(problem: string): string {
  return problem
    .replace(/^plan\./, "")
    .replace(/^items\[(\d+)\]\.?(\w*)/, (_match, index: string, field: string) =>
      field ? `Élément ${Number(index) + 1}, ${FIELD_WORDS[field] ?? field}` : `Élément ${Number(index) + 1}`,
    )
    .replace(/^(plannedEndDate|entryDate)/, (field) => FIELD_WORDS[field] ?? field);
}

/** What an item is, in a few words: « Module Dynamisation — Confiance en soi ». */
export function itemLabel(item: Record<string, unknown>): string {
  const kind = PLAN_ITEM_KIND_LABELS[item.kind as PlanItemKind] ?? String(item.kind);
  const module = typeof item.module === "string" ? MODULE_LABELS[item.module as Module] : null;
  const title = typeof item.title === "string" && item.title ? ` — ${item.title}` : "";
  return `${kind}${module ? ` ${module}` : ""}${title}`;
}

/** When an item takes place, if it says: « le 02/02/2026 », « du 02/02/2026 au 13/02/2026 ». */
export function itemWhen(item: Record<string, unknown>): string | null {
  if (typeof item.date === "string" && item.date) return `le ${formatDay(item.date)}`;
  if (typeof item.start === "string" && item.start && typeof item.end === "string" && item.end)
    return `du ${formatDay(item.start)} au ${formatDay(item.end)}`;
  return null;
}

/** « Propreté Garonne, du 07/12/2026 au 11/12/2026 (En préparation) »: a recorded internship. */
export function recordedInternshipLabel(internship: {
  hostCompany: { name: string };
  startDate: string;
  endDate: string;
  status: InternshipStatus;
}): string {
  return `${internship.hostCompany.name}, du ${formatDay(internship.startDate)} au ${formatDay(internship.endDate)} (${INTERNSHIP_STATUS_LABELS[internship.status]})`;
}
