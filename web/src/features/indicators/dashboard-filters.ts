import {
  type IndicatorFilters,
  RESIDENCES,
  type Residence,
} from "../../../../src/domains/indicators/indicator-filters";
import { lastTwelveMonths, type Period } from "../../../../src/domains/referral-statistics/statistics-period";
import {
  REFERRAL_CHANNELS,
  type ReferralChannel,
} from "../../../../src/domains/territory/territory.vocabulary";

/**
 * The dashboard's filters as they stand in the page's address (`/indicateurs?from=…&lot=…`), so that a
 * view can be shared: the period (Paris days, both included; the current calendar year by default) and
 * the optional codes the API takes. Pure.
 */
export const CODE_FILTERS = ["lot", "basin", "site", "organisation"] as const;
export type CodeFilter = (typeof CODE_FILTERS)[number];

export const calendarYear = (today: string): Period => {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

/** The periods offered in one click, with how each is computed from today's Paris day. */
export const QUICK_PERIODS: readonly { label: string; period: (today: string) => Period }[] = [
  { label: "Année en cours", period: calendarYear },
  { label: "12 derniers mois", period: lastTwelveMonths },
  { label: "2019–2020", period: () => ({ from: "2019-01-01", to: "2020-12-31" }) },
];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/** The filters an address carries; a missing day takes the current calendar year's. */
export function filtersFromSearch(search: URLSearchParams, today: string): IndicatorFilters {
  const year = calendarYear(today);
  const filters: IndicatorFilters = {
    from: search.get("from") || year.from,
    to: search.get("to") || year.to,
  };
  for (const key of CODE_FILTERS) {
    const code = search.get(key)?.trim();
    if (code) filters[key] = code;
  }
  const network = oneOf<ReferralChannel>(REFERRAL_CHANNELS, search.get("network"));
  if (network) filters.network = network;
  const residence = oneOf<Residence>(RESIDENCES, search.get("residence"));
  if (residence) filters.residence = residence;
  return filters;
}

/** The address's query for `filters`: the set ones only, in a stable order. */
export function searchFromFilters(filters: IndicatorFilters): URLSearchParams {
  const search = new URLSearchParams({ from: filters.from, to: filters.to });
  for (const key of [...CODE_FILTERS, "network", "residence"] as const) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  return search;
}
