import { assessBasinCoverage, type BasinCounts } from "../referral-statistics/basin-coverage";
import type { ALERT_KINDS } from "./indicators.schemas";

/**
 * The dashboard's alerts, as pure rules (no I/O): a lot behind its target, a basin without referrals,
 * a site without tripartite interviews. Each one a French sentence naming what to look at.
 */
export type Alert = { kind: (typeof ALERT_KINDS)[number]; message: string };

type Named = { code: string; name: string };

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const plural = (count: number, one: string, many: string) =>
  `${number.format(count)} ${count > 1 ? many : one}`;

/** A lot's entries are behind when below this fraction of what its target expects by now. */
export const BEHIND_TARGET_FRACTION = 0.9;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const daysInYear = (year: number) => dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);

/**
 * The share of a yearly target a period expects: lots' targets are per programme year (the calendar
 * year), so each day of the period that has passed (up to `today`) expects 1/365 (1/366) of a year's
 * target. A period not begun expects nothing; a period of two whole past years expects two targets.
 */
export function expectedShareOfTarget(period: { from: string; to: string }, today: string): number {
  const last = period.to < today ? period.to : today;
  if (last < period.from) return 0;
  let share = 0;
  for (let year = Number(period.from.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    const start = period.from > `${year}-01-01` ? period.from : `${year}-01-01`;
    const end = last < `${year}-12-31` ? last : `${year}-12-31`;
    share += (dayNumber(end) - dayNumber(start) + 1) / daysInYear(year);
  }
  return share;
}

/**
 * Lots whose entries fall below `BEHIND_TARGET_FRACTION` of their target pro rata of the period's days
 * passed within the programme year.
 */
export function lotsBehindTarget(
  lots: readonly (Named & { entries: number; target: number })[],
  period: { from: string; to: string },
  today: string,
): Alert[] {
  const share = expectedShareOfTarget(period, today);
  return lots.flatMap((lot) => {
    const expected = lot.target * share;
    if (expected <= 0 || lot.entries >= BEHIND_TARGET_FRACTION * expected) return [];
    return [
      {
        kind: "lot_behind_target",
        message: `Lot ${lot.code} (${lot.name}) : ${plural(lot.entries, "entrée", "entrées")}, pour environ ${number.format(expected)} attendues à ce jour au prorata de son objectif annuel de ${number.format(lot.target)}.`,
      },
    ];
  });
}

/**
 * Basins with inhabitants and no referral in the period, while the other basins of the area have some
 * (`assessBasinCoverage`'s « none »): with no referral anywhere there is nothing to judge them against.
 * The area is every basin given; only `onlyBasinId`'s alert is kept when given.
 */
export function basinsWithoutReferrals(
  basins: readonly (Named & BasinCounts & { id: string })[],
  onlyBasinId?: string,
): Alert[] {
  return assessBasinCoverage(basins)
    .basins.filter((basin) => basin.flag === "none" && (!onlyBasinId || basin.id === onlyBasinId))
    .map((basin) => ({
      kind: "basin_without_referrals",
      message: `Bassin ${basin.code} (${basin.name}) : aucune orientation de ses habitants sur la période.`,
    }));
}

/** Sites with exits from Amorce's own pathways in the period and not one tripartite interview held. */
export function sitesWithoutInterviews(sites: readonly (Named & { exits: number; held: number })[]): Alert[] {
  return sites
    .filter((site) => site.exits > 0 && site.held === 0)
    .map((site) => ({
      kind: "site_without_tripartite_interviews",
      message: `Site ${site.code} (${site.name}) : ${plural(site.exits, "sortie", "sorties")} sur la période sans aucun entretien tripartite tenu.`,
    }));
}
