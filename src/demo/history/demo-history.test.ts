import { beforeAll, describe, expect, it } from "vitest";
import { mondayOf } from "../../domains/calendar-days";
import {
  type IndicatorCounts,
  type IndicatorsJson,
  indicatorsJson,
  NO_COUNTS,
} from "../../domains/indicators/indicator-definitions";
import { RECORD_COLUMNS, type RecordCells } from "../../domains/records/records-columns";
import { validateRecords } from "../../domains/records/validate-records";
import { type CommuneRecord, readCommuneFile } from "../../domains/territory/reference/load-communes";
import type { TerritoryFileInput } from "../../domains/territory/territory-file";
import { buildDemoTerritory } from "../territory/demo-territory";
import { seededRandom } from "../territory/random";
import { DEMO_HISTORY_SEED, HISTORY_ENTRIES, HISTORY_SOURCE, planDemoHistory } from "./demo-history";

const QUALIFYING = ["qualifying_training_prf", "qualifying_training_other"];

/**
 * The counts of spec §3 over the lines' entrants, as `count-indicators.ts` counts them over the facts;
 * the ratios are then the engine's own (`indicatorsJson`).
 */
function indicatorsOf(lines: readonly RecordCells[]): IndicatorsJson {
  const counts: IndicatorCounts = { ...NO_COUNTS };
  const channels: Record<string, number> = {};
  const weeks = new Map<string, Set<string>>();
  const add = (name: keyof IndicatorCounts, value: boolean | number) => {
    counts[name] += Number(value);
  };
  for (const line of lines) {
    const left = line.exit_date !== "";
    const followed = left && line.situation_6m !== "" && line.situation_6m !== "unknown";
    add("entrants", 1);
    channels[line.referral_channel] = (channels[line.referral_channel] ?? 0) + 1;
    add("selfEntrants", line.referral_channel === "self");
    add("knownLevel", line.qualification_level !== "");
    add("lowLevel", ["infra3", "3"].includes(line.qualification_level));
    add("knownWorkedPrior", line.worked_prior_12m !== "");
    add("noWorkPrior", line.worked_prior_12m === "no");
    add("women", line.gender === "F");
    add("rqth", line.rqth === "yes");
    add("qpv", line.qpv === "yes");
    add("leavers", left);
    add("completed", left && line.exit_reason === "completed");
    add("leaverHoursDone", left ? Number(line.hours_done) : 0);
    add("leaverInternshipHours", left ? Number(line.internship_hours) : 0);
    add("followed", followed);
    add("followedQualifyingBefore", followed && QUALIFYING.includes(line.situation_before_12m));
    add("followedQualifying6m", followed && QUALIFYING.includes(line.situation_6m));
    add("followedDurable6m", followed && line.situation_6m === "employment_durable");
    add(
      "prfContinuation",
      left &&
        (line.situation_exit === "qualifying_training_prf" ||
          line.situation_6m === "qualifying_training_prf"),
    );
    add("projectAnswered", left && line.project_identified !== "");
    add("projectIdentified", left && line.project_identified === "yes");
    add("improvementAnswered", left && line.situation_improved !== "");
    add("noImprovement", left && line.situation_improved === "no");
    const quarter = `${line.site_code} ${line.entry_date.slice(0, 4)}-${Math.ceil(Number(line.entry_date.slice(5, 7)) / 3)}`;
    weeks.set(quarter, (weeks.get(quarter) ?? new Set()).add(mondayOf(line.entry_date)));
  }
  counts.siteQuarters = weeks.size;
  counts.rollingSiteQuarters = [...weeks.values()].filter((set) => set.size >= 3).length;
  return indicatorsJson({ counts, entrantsByChannel: channels, target: null });
}

describe("the demo's synthetic 2019–2020 records", () => {
  let communes: CommuneRecord[];
  let territory: TerritoryFileInput;
  let lines: RecordCells[];
  beforeAll(() => {
    communes = readCommuneFile();
    territory = buildDemoTerritory(communes);
    lines = planDemoHistory(territory, communes, seededRandom(DEMO_HISTORY_SEED));
  });

  it("are the evaluation's 5,704 entries of 2019–2020, all of a synthetic source, all valid", () => {
    expect(lines).toHaveLength(HISTORY_ENTRIES);
    expect(lines.every((line) => line.source === HISTORY_SOURCE)).toBe(true);
    expect(lines.every((line) => line.entry_date >= "2019-01-01" && line.entry_date <= "2020-12-31")).toBe(
      true,
    );
    const { problems, records } = validateRecords(
      RECORD_COLUMNS,
      lines.map((line, index) => ({ line: index + 2, cells: RECORD_COLUMNS.map((column) => line[column]) })),
      {
        lots: new Map((territory.lots ?? []).map((lot) => [lot.code, lot.code])),
        sites: new Map(
          (territory.sites ?? []).map((site) => [site.code, { id: site.code, lotCode: site.lot }]),
        ),
        communes: new Set(communes.map((commune) => commune.code)),
        amorcePathwayIds: new Set(),
      },
    );
    expect(problems).toEqual([]);
    expect(records).toHaveLength(HISTORY_ENTRIES);
  });

  it("give the indicators close to the 2021 evaluation's figures", () => {
    const json = indicatorsOf(lines);
    const near = (value: number | null, expected: number, tolerance: number) => {
      expect(value).not.toBeNull();
      expect(Math.abs((value ?? 0) - expected)).toBeLessThanOrEqual(tolerance);
    };
    near(json.profile.lowQualificationShare, 0.5, 0.03);
    near(json.profile.noWorkPrior12mShare, 2 / 3, 0.03);
    near(json.outcomes.qualifyingTrainingBefore, 0.05, 0.015);
    near(json.outcomes.qualifyingTraining6m, 0.24, 0.025);
    near(json.outcomes.prfContinuation, 0.135, 0.015);
    near(json.outcomes.durableEmployment6m, 0.15, 0.02);
    near(json.outcomes.projectIdentified, 0.5, 0.04);
    near(json.outcomes.noImprovement, 0.31, 0.04);
    // Not in the evaluation, plausible: women a little more than half, a tenth RQTH, a sixth QPV.
    near(json.profile.womenShare, 0.52, 0.03);
    near(json.profile.rqthShare, 0.11, 0.02);
    near(json.profile.qpvShare, 0.17, 0.06);
    near(json.selfReferralShare, 0.04, 0.015);
    near(json.pathway.completionRate, 0.7, 0.03);
    near(json.pathway.internshipShare, 0.42, 0.05);
    // 47 % of the training organisations did not practise rolling admissions.
    near(json.practice.rollingAdmissionShare, 0.5, 0.1);
    expect(json.pathway.averageHoursDone).toBeGreaterThan(330);
    expect(json.pathway.averageHoursDone).toBeLessThan(430);
    const channels = Object.entries(json.referralsByChannel).sort((a, b) => b[1] - a[1]);
    expect(channels.slice(0, 2).map(([channel]) => channel)).toEqual(["france_travail", "mission_locale"]);
  });

  it("spread over the lots by target, and live in their lot's basins, QPV only in towns", () => {
    const lots = territory.lots ?? [];
    const total = lots.reduce((sum, lot) => sum + lot.target, 0);
    const basinCommunes = new Map((territory.basins ?? []).map((basin) => [basin.code, basin.communes]));
    const population = new Map(communes.map((commune) => [commune.code, commune.population]));
    for (const lot of lots) {
      const ofLot = lines.filter((line) => line.lot_code === lot.code);
      expect(Math.abs(ofLot.length - (HISTORY_ENTRIES * lot.target) / total)).toBeLessThanOrEqual(1);
      const living = new Set(lot.basins.flatMap((basin) => basinCommunes.get(basin) ?? []));
      expect(ofLot.every((line) => living.has(line.commune_code))).toBe(true);
    }
    const qpv = lines.filter((line) => line.qpv === "yes");
    expect(qpv.every((line) => (population.get(line.commune_code) ?? 0) >= 5000)).toBe(true);
  });

  it("follow the seasons: few in August, almost none in the spring 2020 lockdown", () => {
    const month = (prefix: string) => lines.filter((line) => line.entry_date.startsWith(prefix)).length;
    const average = HISTORY_ENTRIES / 24;
    expect(month("2019-08")).toBeLessThan(average * 0.4);
    expect(month("2020-08")).toBeLessThan(average * 0.4);
    expect(month("2020-04")).toBeLessThan(average * 0.05);
    expect(month("2019-10")).toBeGreaterThan(average);
    expect(month("2020-09")).toBeGreaterThan(average);
  });

  it("have coherent dates and hours: all out, 2½ to 6 months when completed (the lockdown lengthened some), about 450 hours planned", () => {
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    let planned = 0;
    for (const line of lines) {
      expect(line.referral_date <= line.entry_date && line.entry_date <= line.exit_date).toBe(true);
      expect(Number(line.internship_hours)).toBeLessThanOrEqual(Number(line.hours_done));
      expect(Number(line.hours_done)).toBeLessThanOrEqual(Number(line.planned_hours));
      if (line.exit_reason === "completed") {
        expect(days(line.entry_date, line.exit_date)).toBeGreaterThanOrEqual(70);
        expect(days(line.entry_date, line.exit_date)).toBeLessThanOrEqual(180);
      }
      planned += Number(line.planned_hours);
    }
    expect(Math.abs(planned / lines.length - 450)).toBeLessThan(5);
  });

  it("are the same every time", () => {
    expect(planDemoHistory(territory, communes, seededRandom(DEMO_HISTORY_SEED))).toEqual(lines);
  });
});
