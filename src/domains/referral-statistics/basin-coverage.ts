/**
 * Which employment basins receive too few referrals (prescriptions), for their population: the 2021
 * evaluation's rural blind spot. Pure rules, no I/O; the definitions are documented in
 * `docs/referral-statistics.md`.
 */

/** A commune under this many inhabitants is rural (the classic threshold of the rural commune). */
export const RURAL_COMMUNE_POPULATION = 2000;
/** A basin is rural when at least this share of its inhabitants live in rural communes. */
export const RURAL_BASIN_SHARE = 0.5;
/** Rates are given per this many inhabitants. */
export const RATE_BASE = 10_000;
/** A basin whose rate is below this fraction of its area's rate receives too few referrals. */
export const LOW_RATE_FRACTION = 0.5;

/** What is counted for one basin: referrals from its residents, and its inhabitants. */
export type BasinCounts = {
  referrals: number;
  population: number;
  /** Inhabitants of its communes under `RURAL_COMMUNE_POPULATION`. */
  ruralPopulation: number;
};

/** `none`: no referral at all while the area has some; `low`: below half of the area's rate. */
export type CoverageFlag = "none" | "low";

export type BasinCoverage = {
  /** Referrals per 10,000 inhabitants; `null` without inhabitants. */
  ratePer10000: number | null;
  /** Share of the inhabitants living in rural communes, from 0 to 1; `null` without inhabitants. */
  ruralShare: number | null;
  rural: boolean;
  /** Why the basin receives too few referrals; `null` when it does not, or cannot be judged. */
  flag: CoverageFlag | null;
};

/** The area shown (the region, some lots or one lot): the basins' totals and the rate they are judged by. */
export type AreaCoverage = {
  referrals: number;
  population: number;
  ratePer10000: number | null;
  /** Below this rate a basin is flagged: `LOW_RATE_FRACTION` of the area's rate. */
  thresholdPer10000: number | null;
};

const ratePer10000 = (referrals: number, population: number) =>
  population > 0 ? (referrals * RATE_BASE) / population : null;

/**
 * Each basin's rate and flag, judged against the area made of these basins (those with inhabitants).
 * Nothing is flagged when the area has no referral at all: there is no rate to fall short of.
 */
export function assessBasinCoverage<Basin extends BasinCounts>(
  basins: readonly Basin[],
): { area: AreaCoverage; basins: (Basin & BasinCoverage)[] } {
  const inhabited = basins.filter((basin) => basin.population > 0);
  const referrals = inhabited.reduce((total, basin) => total + basin.referrals, 0);
  const population = inhabited.reduce((total, basin) => total + basin.population, 0);
  const areaRate = ratePer10000(referrals, population);
  const judged = referrals > 0 && population > 0;

  const flagOf = (basin: Basin): CoverageFlag | null => {
    if (!judged || basin.population <= 0) return null;
    if (basin.referrals === 0) return "none";
    // rate < fraction × area rate, multiplied out so that integers are compared exactly
    return basin.referrals * population < LOW_RATE_FRACTION * referrals * basin.population ? "low" : null;
  };

  return {
    area: {
      referrals,
      population,
      ratePer10000: areaRate,
      thresholdPer10000: judged && areaRate !== null ? areaRate * LOW_RATE_FRACTION : null,
    },
    basins: basins.map((basin) => {
      const ruralShare = basin.population > 0 ? basin.ruralPopulation / basin.population : null;
      return {
        ...basin,
        ratePer10000: ratePer10000(basin.referrals, basin.population),
        ruralShare,
        rural: ruralShare !== null && ruralShare >= RURAL_BASIN_SHARE,
        flag: flagOf(basin),
      };
    }),
  };
}
