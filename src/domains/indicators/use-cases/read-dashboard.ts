import type { Db } from "../../../db/database";
import type { RequestContext } from "../../authorization/actor";
import { BARRIER_THEME_LABELS, BARRIER_THEMES } from "../../barriers/barrier-catalogue";
import { parisDay } from "../../paris-time";
import {
  GENDER_LABELS,
  GENDERS,
  QUALIFICATION_LEVEL_LABELS,
  QUALIFICATION_LEVELS,
} from "../../people/profile-vocabulary";
import { type CountParts, countIndicators, countReferrals, type GroupMeasures } from "../count-indicators";
import { basinsWithoutReferrals, lotsBehindTarget, sitesWithoutInterviews } from "../dashboard-alerts";
import {
  ageDistribution,
  beforeAfterRows,
  distribution,
  FUNNEL_LABELS,
  monthsOfPeriod,
  scopeLabel,
  UNKNOWN,
  yearsCovered,
} from "../dashboard-figures";
import {
  countBarriers,
  countExitInterviews,
  countFollowUpsDue,
  countProfile,
  countReferralsByBasin,
  countRuralEntrantsByBasin,
  countSituations,
  readTerritory,
} from "../dashboard-queries";
import { choicesOf, type Reference, shownTerritory, withFigures } from "../dashboard-territory";
import { NO_COUNTS, ratio } from "../indicator-definitions";
import { type IndicatorFilters, RESIDENCE_LABELS, RESIDENCES } from "../indicator-filters";
import type { Dashboard } from "../indicators.schemas";
import { measureIndicators } from "./measure-indicators";

const reference = ({ id, code, name }: Reference): Reference => ({ id, code, name });

/** The tables by lot, basin and month read only the counts; by site, rolling admission too. */
const COUNTS_ONLY: CountParts = { channels: false, rollingAdmission: false };

const byGroup = (measures: readonly GroupMeasures[]) =>
  new Map(measures.flatMap((measure) => (measure.group === null ? [] : [[measure.group, measure.counts]])));

/**
 * Everything a role's dashboard shows for the filters, over what the caller may see: the indicators of
 * `measureIndicators` (the CLI's figures, one audit row `indicators.dashboard.read`), the funnel, the
 * entrants' profile, the before/after table, the tables by month, lot, basin and site, barriers,
 * follow-up response and alerts. `now` for tests.
 */
export async function readDashboard(
  db: Db,
  context: RequestContext,
  filters: IndicatorFilters,
  now = new Date(),
): Promise<Dashboard> {
  const measured = await measureIndicators(db, context, filters, {
    auditAction: "indicators.dashboard.read",
  });
  const { scope, resolved } = measured;
  const today = parisDay(now);
  const period = { from: filters.from, to: filters.to };
  const territory = await readTerritory(db, scope);
  const choices = choicesOf(territory, scope);
  const shown = shownTerritory(choices, scope, resolved);

  const [
    byLot,
    byBasin,
    bySite,
    byMonth,
    referred,
    profile,
    ruralByBasin,
    situations,
    barriers,
    followUps,
    exitInterviews,
    referralsByBasin,
  ] = await Promise.all([
    countIndicators(db, scope, resolved, "lot", COUNTS_ONLY).then(byGroup),
    countIndicators(db, scope, resolved, "basin", COUNTS_ONLY).then(byGroup),
    countIndicators(db, scope, resolved, "site", { channels: false, rollingAdmission: true }).then(byGroup),
    countIndicators(db, scope, resolved, "month", COUNTS_ONLY).then(byGroup),
    countReferrals(db, scope, resolved),
    countProfile(db, scope, resolved),
    countRuralEntrantsByBasin(db, scope, resolved),
    countSituations(db, scope, resolved),
    countBarriers(db, scope, resolved),
    countFollowUpsDue(db, scope, resolved, today),
    countExitInterviews(db, scope, resolved),
    // A basin's referrals: every one of the period in the scope and lot, whatever the other filters.
    countReferralsByBasin(db, scope, { from: resolved.from, to: resolved.to, lotId: resolved.lotId }),
  ]);

  const { counts } = measured.measures;
  const targetsApply = measured.measures.target !== null;
  const lots = withFigures(territory.lots, shown.lots, new Set([...byLot.keys(), ...followUps.keys()]));
  const basins = withFigures(territory.basins, shown.basins, new Set(byBasin.keys()));
  const sites = withFigures(territory.sites, shown.sites, new Set(bySite.keys()));
  const lotsById = new Map(territory.lots.map((lot) => [lot.id, lot]));
  const interviews = new Map(exitInterviews.map((row) => [row.siteId, row]));
  const populationOf = (basin: (typeof basins)[number]) =>
    filters.residence === "rural"
      ? basin.ruralPopulation
      : filters.residence === "urban"
        ? basin.population - basin.ruralPopulation
        : basin.population;

  const years = yearsCovered(period);
  const lotRows = lots.map((lot) => {
    const lotCounts = byLot.get(lot.id) ?? NO_COUNTS;
    return {
      lot: reference(lot),
      entries: lotCounts.entrants,
      target: lot.target * years,
      realisation: targetsApply ? ratio(lotCounts.entrants, lot.target * years) : null,
      completionRate: ratio(lotCounts.completed, lotCounts.leavers),
    };
  });

  return {
    period,
    scope: {
      kind: scope.kind,
      label: scopeLabel(
        scope,
        choices.lots.map((lot) => lot.code),
      ),
    },
    choices: {
      lots: choices.lots.map(reference),
      basins: choices.basins.map(reference),
      sites: choices.sites.map(reference),
      organisations: choices.organisations.map(reference),
    },
    indicators: measured.json,
    lines: measured.lines,
    funnel: [
      { step: "referred", label: FUNNEL_LABELS.referred, count: referred },
      { step: "entered", label: FUNNEL_LABELS.entered, count: counts.entrants },
      { step: "completed", label: FUNNEL_LABELS.completed, count: counts.completed },
      { step: "positive6m", label: FUNNEL_LABELS.positive6m, count: counts.followedPositive6m },
    ],
    profile: {
      qualification: distribution(
        [...QUALIFICATION_LEVELS, UNKNOWN],
        QUALIFICATION_LEVEL_LABELS,
        profile.qualification,
      ),
      gender: distribution(GENDERS, GENDER_LABELS, profile.gender),
      age: ageDistribution(profile.age),
      residence: distribution(RESIDENCES, RESIDENCE_LABELS, profile.residence),
    },
    beforeAfter: beforeAfterRows(situations),
    byMonth: monthsOfPeriod(filters.from, filters.to).map((month) => {
      const monthCounts = byMonth.get(month) ?? NO_COUNTS;
      return { month, entries: monthCounts.entrants, leavers: monthCounts.leavers };
    }),
    byLot: lotRows,
    byBasin: basins.map((basin) => {
      const entries = byBasin.get(basin.id)?.entrants ?? 0;
      const population = populationOf(basin);
      const ruralEntrants = ruralByBasin.get(basin.id) ?? 0;
      return {
        basin: reference(basin),
        entries,
        population,
        entriesPer1000: ratio(entries * 1000, population),
        ruralEntrants,
        ruralShare: ratio(ruralEntrants, entries),
      };
    }),
    bySite: sites.map((site) => {
      const siteCounts = bySite.get(site.id) ?? NO_COUNTS;
      const lot = lotsById.get(site.lotId);
      if (!lot) throw new Error(`Site ${site.code} without its lot`);
      return {
        site: reference(site),
        lot: reference(lot),
        entries: siteCounts.entrants,
        siteQuarters: siteCounts.siteQuarters,
        rollingQuarters: siteCounts.rollingSiteQuarters,
        rollingShare: ratio(siteCounts.rollingSiteQuarters, siteCounts.siteQuarters),
      };
    }),
    barriers: BARRIER_THEMES.map((theme) => {
      const { identified, lifted } = barriers.get(theme) ?? { identified: 0, lifted: 0 };
      return {
        theme,
        label: BARRIER_THEME_LABELS[theme],
        identified,
        lifted,
        liftedShare: ratio(lifted, identified),
      };
    }),
    followUps: lots.map((lot) => {
      const { due, answered } = followUps.get(lot.id) ?? { due: 0, answered: 0 };
      return { lot: reference(lot), due, answered, responseRate: ratio(answered, due) };
    }),
    alerts: [
      ...(targetsApply
        ? lotsBehindTarget(
            lots.map((lot) => ({ ...lot, entries: byLot.get(lot.id)?.entrants ?? 0 })),
            period,
            today,
          )
        : []),
      ...(scope.kind === "prescriber"
        ? []
        : basinsWithoutReferrals(
            choices.basins
              .filter((basin) => !resolved.lotId || basin.lotId === resolved.lotId)
              .map((basin) => ({ ...basin, referrals: referralsByBasin.get(basin.id) ?? 0 })),
            resolved.basinId,
          )),
      ...sitesWithoutInterviews(
        territory.sites.flatMap((site) => {
          const row = interviews.get(site.id);
          return row ? [{ ...site, ...row }] : [];
        }),
      ),
    ],
  };
}
