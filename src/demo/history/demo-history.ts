import { formatHundredths } from "../../domains/records/record-values";
import type { RecordCells } from "../../domains/records/records-columns";
import type { CommuneRecord } from "../../domains/territory/reference/load-communes";
import type { ReferralChannel } from "../../domains/territory/territory.vocabulary";
import type { TerritoryFileInput } from "../../domains/territory/territory-file";
import { instant, isoDay, workday } from "../referrals/demo-calendar";
import { GENDER_SHARES } from "../referrals/demo-outcomes";
import { weighted } from "../referrals/demo-paths";
import { demoPerson } from "../referrals/demo-people";
import { NETWORK_SHARES } from "../referrals/demo-referral-plan";
import { apportion, communePoint, distanceKm } from "../territory/geography";
import type { Random } from "../territory/random";
import { cohortStarts, dayDrawer, nextStart, overlapsLockdown } from "./history-calendar";
import { drawOutcome, drawProfile } from "./history-outcomes";

/**
 * Synthetic records of 2019–2020: as many entries as the 2021 evaluation counts, shaped like its findings,
 * written as lines of the records file (spec §2) that the demo imports like any other file. Made up,
 * and named so: their source says it, and so do the referrals' histories (« Reprise de données : … »).
 */
export const HISTORY_SOURCE = "synthetique-2019-2020";
/** « Entre 2019 et 2020, 5 704 stagiaires ont rejoint le dispositif. » */
export const HISTORY_ENTRIES = 5704;
export const DEMO_HISTORY_SEED = 20_190_901;

/** « 47 % des OF indiquent ne pas avoir mis en place » the rolling admissions: the others did. */
const ROLLING_ORGANISATION_SHARE = 0.53;
/** Prescriptions were too few in rural areas: a mandatory rural site fills less for its capacity. */
const RURAL_SITE_FILL = 0.7;
/** Self-referrals were rare then (the evaluation recommends developing them). */
const SELF_REFERRAL_SHARE = 0.04;
const RQTH_SHARE = 0.11;
/** Who lives in a priority neighbourhood (QPV), by the size of their commune: none in small ones. */
const qpvChance = (population: number) => (population >= 20_000 ? 0.32 : population >= 5000 ? 0.15 : 0);
/** People mostly come from near the site: a commune's weight halves about 12 km away. */
const DISTANCE_KM = 12;
/** A pathway of about 450 hours lasts 3 to 4 months; one that ran into the lockdown was extended. */
const PATHWAY_DAYS = { min: 91, max: 119 };
const PLANNED_HOURS = 450;

type Site = NonNullable<TerritoryFileInput["sites"]>[number];

/**
 * The lines, sorted by record_id (in order of entry): entries spread over the lots by target, over a
 * lot's sites by capacity, people living in the lot's basins (mostly near the site), every pathway over
 * by now, hours about 450 planned, internships 30 to 60 % of the hours done.
 */
export function planDemoHistory(
  territory: TerritoryFileInput,
  communes: readonly CommuneRecord[],
  random: Random,
): RecordCells[] {
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const basins = new Map((territory.basins ?? []).map((basin) => [basin.code, basin.communes]));
  const sites = (territory.sites ?? []).filter((site) => site.active !== false);
  const lots = (territory.lots ?? []).filter((lot) => sites.some((site) => site.lot === lot.code));
  const organisations = [...new Set(sites.map((site) => site.organisation))].sort();
  const rolling = new Set(
    random.shuffle(organisations).slice(0, Math.round(organisations.length * ROLLING_ORGANISATION_SHARE)),
  );
  const drawDay = dayDrawer(random);
  const lotCounts = apportion(
    HISTORY_ENTRIES,
    lots.map((lot) => lot.target),
  );
  const lines: Omit<RecordCells, "record_id">[] = [];
  lots.forEach((lot, index) => {
    const lotSites = sites.filter((site) => site.lot === lot.code);
    const residents = lot.basins.flatMap((basin) =>
      (basins.get(basin) ?? []).flatMap((code) => communeByCode.get(code) ?? []),
    );
    const siteCounts = apportion(
      lotCounts[index] ?? 0,
      lotSites.map((site) => site.capacity * (site.mandatoryRural ? RURAL_SITE_FILL : 1)),
    );
    lotSites.forEach((site, siteIndex) => {
      const count = siteCounts[siteIndex] ?? 0;
      const near = residence(site, residents, communeByCode);
      const starts = rolling.has(site.organisation) ? null : cohortStarts(random);
      for (let entry = 0; entry < count; entry += 1) {
        lines.push(historyLine(random, site, weighted(random, near), drawDay(), starts));
      }
    });
  });
  return lines
    .sort((a, b) => a.entry_date.localeCompare(b.entry_date) || a.site_code.localeCompare(b.site_code))
    .map((line, index) => ({ record_id: `SYN${String(index + 1).padStart(5, "0")}`, ...line }));
}

/** The lot's communes, weighted by population and nearness to the site. */
function residence(
  site: Site,
  residents: readonly CommuneRecord[],
  communeByCode: ReadonlyMap<string, CommuneRecord>,
): [CommuneRecord, number][] {
  const town = communeByCode.get(site.commune);
  if (!town) throw new Error(`unknown commune ${site.commune}`);
  return residents.map((commune) => {
    const distance = distanceKm(communePoint(town), communePoint(commune)) / DISTANCE_KM;
    return [commune, commune.population / (1 + distance * distance)];
  });
}

/** Half-hours, in hundredths. */
const halfHours = (hours: number) => Math.round(hours * 2) * 50;
const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");

/** One person's pathway: referred on `day`, entered then (or at the site's next cohort), and out since. */
function historyLine(
  random: Random,
  site: Site,
  commune: CommuneRecord,
  day: number,
  starts: readonly number[] | null,
): Omit<RecordCells, "record_id"> {
  const entry = starts ? nextStart(starts, day) : day;
  const referral = starts ? workday(day - random.integer(0, 14)) : workday(day - random.integer(7, 45));
  const person = demoPerson(random, "", commune.code, instant(entry, 0));
  const profile = drawProfile(random);
  const outcome = drawOutcome(random);
  const channel: ReferralChannel =
    random.next() < SELF_REFERRAL_SHARE ? "self" : weighted(random, NETWORK_SHARES);

  const planned = PLANNED_HOURS + 10 * random.integer(-8, 8);
  let length = Math.round((planned / PLANNED_HOURS) * random.integer(PATHWAY_DAYS.min, PATHWAY_DAYS.max));
  if (overlapsLockdown(entry, entry + length)) length += random.integer(14, 35);
  const completed = outcome.exitReason === "completed";
  const done = completed ? 1 : 0.1 + 0.75 * random.next();
  const exit = workday(entry + Math.max(3, Math.round(length * done)));
  const hours = halfHours(
    planned * (completed ? 0.88 + 0.12 * random.next() : done * (0.8 + 0.2 * random.next())),
  );
  // Three internships take 30 to 60 % of the hours; one who left early had done fewer of them.
  const internshipShare = (0.3 + 0.28 * random.next()) * Math.min(1, done / 0.8);
  return {
    source: HISTORY_SOURCE,
    lot_code: site.lot,
    site_code: site.code,
    last_name: person.lastName,
    first_name: person.firstName,
    birth_date: person.birthDate,
    gender: weighted(random, GENDER_SHARES),
    commune_code: commune.code,
    qualification_level: profile.qualificationLevel ?? "",
    worked_prior_12m: yesNo(profile.workedPrior12m),
    rqth: yesNo(random.next() < RQTH_SHARE),
    qpv: yesNo(random.next() < qpvChance(commune.population)),
    referral_channel: channel,
    referral_date: isoDay(Math.min(referral, entry)),
    entry_date: isoDay(entry),
    planned_hours: String(planned),
    hours_done: formatHundredths(hours),
    internship_hours: formatHundredths(Math.round((hours * internshipShare) / 50) * 50),
    exit_date: isoDay(exit),
    exit_reason: outcome.exitReason,
    situation_before_12m: profile.situationBefore12m,
    situation_exit: outcome.situationAtExit,
    situation_6m: outcome.situation6m ?? "",
    project_identified: yesNo(outcome.projectIdentified),
    situation_improved: yesNo(outcome.situationImproved),
  };
}
