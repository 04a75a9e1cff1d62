import type { IndicatorFilters } from "../indicators/indicator-filters";
import { RESIDENCE_LABELS } from "../indicators/indicator-filters";
import type { Dashboard } from "../indicators/indicators.schemas";
import { formatCalendarDate } from "../paris-time";
import { REFERRAL_CHANNEL_LABELS } from "../territory/territory.vocabulary";
import type { Cell } from "./dashboard-tables";

/**
 * The words around the exported tables: a value as people read it in France, and what the figures
 * cover (period, scope, filters). No I/O.
 */

const whole = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

/** « 1 234 », « 45,7 % », « 12,5 »; « — » for a ratio over an empty denominator. */
export function frenchValue(cell: Cell): string {
  if (cell.value === null) return "—";
  if (typeof cell.value === "string") return cell.value;
  switch (cell.kind) {
    case "share":
      return percent.format(cell.value);
    case "count":
      return whole.format(cell.value);
    default:
      return decimal.format(cell.value);
  }
}

/** « 2 décembre 2026 »: a calendar day without its weekday. */
export const frenchDay = (day: string) => formatCalendarDate(day).replace(/^\S+ /, "");

/** What the figures cover, line by line: the period, the caller's scope, and each filter chosen. */
export function describeFilters(
  filters: IndicatorFilters,
  dashboard: Pick<Dashboard, "scope" | "choices">,
): { label: string; value: string }[] {
  const named = (choices: readonly { code: string; name: string }[], code: string) => {
    const found = choices.find((choice) => choice.code === code);
    return found ? `${found.name} (${code})` : code;
  };
  const { choices } = dashboard;
  return [
    { label: "Période d'entrée", value: `du ${frenchDay(filters.from)} au ${frenchDay(filters.to)}` },
    { label: "Périmètre", value: dashboard.scope.label },
    ...(filters.lot ? [{ label: "Lot", value: named(choices.lots, filters.lot) }] : []),
    ...(filters.basin ? [{ label: "Bassin d'emploi", value: named(choices.basins, filters.basin) }] : []),
    ...(filters.site ? [{ label: "Site", value: named(choices.sites, filters.site) }] : []),
    ...(filters.organisation
      ? [{ label: "Organisme", value: named(choices.organisations, filters.organisation) }]
      : []),
    ...(filters.network
      ? [{ label: "Canal d'orientation", value: REFERRAL_CHANNEL_LABELS[filters.network] }]
      : []),
    ...(filters.residence ? [{ label: "Résidence", value: RESIDENCE_LABELS[filters.residence] }] : []),
  ];
}

/** A download's name: what it is, the lot when one is chosen, and the period. */
export const exportFileName = (what: string, filters: IndicatorFilters, extension: string) =>
  `${[what, filters.lot, filters.from, filters.to].filter(Boolean).join("-")}.${extension}`;
