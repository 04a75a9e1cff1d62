import { describe, expect, it } from "vitest";
import { checkExit } from "../domains/exits/exit-rules";
import { nextStepSchema } from "../domains/outcomes/next-step";
import { readCommuneFile } from "../domains/territory/reference/load-communes";
import { DEMO_REFERRALS_SEED } from "./demo-referrals";
import { addDemoOutcomes, DEMO_OUTCOMES_SEED } from "./referrals/demo-outcomes";
import { LAST_DAY, planDemoReferrals } from "./referrals/demo-referral-plan";
import { demoTerritoryRows } from "./referrals/demo-territory-rows";
import { buildDemoTerritory } from "./territory/demo-territory";
import { seededRandom } from "./territory/random";

describe("the demo's outcomes and profiles at entry", () => {
  const communes = readCommuneFile();
  const territory = buildDemoTerritory(communes);
  const byCode = (items: readonly { code: string }[] = []) => new Map(items.map(({ code }) => [code, code]));
  const territoryRows = demoTerritoryRows(territory, communes, {
    lots: byCode(territory.lots),
    sites: byCode(territory.sites),
    organisations: byCode(territory.organisations),
  });
  const plain = () => planDemoReferrals(territoryRows, seededRandom(DEMO_REFERRALS_SEED));
  const withOutcomes = () => {
    const rows = plain();
    addDemoOutcomes(rows, seededRandom(DEMO_OUTCOMES_SEED));
    return rows;
  };
  const rows = withOutcomes();
  const closed = rows.pathways.filter((pathway) => pathway.exitDate);

  it("leave the rest of the demo as it was, and are the same every time", () => {
    const before = plain();
    expect(rows.referrals).toEqual(before.referrals);
    expect(rows.events).toEqual(before.events);
    expect(rows.people.map(({ gender: _gender, ...person }) => person)).toEqual(before.people);
    expect(rows.pathways.map((pathway) => [pathway.referralId, pathway.entryDate, pathway.exitDate])).toEqual(
      before.pathways.map((pathway) => [pathway.referralId, pathway.entryDate, pathway.exitDate]),
    );
    expect(withOutcomes()).toEqual(rows);
  });

  it("give every person a gender and every pathway a profile at entry, about 5 % in training a year before", () => {
    expect(rows.people.every((person) => person.gender)).toBe(true);
    expect(rows.pathways.every((pathway) => pathway.situationBefore12m)).toBe(true);
    const training = rows.pathways.filter((pathway) =>
      ["qualifying_training_prf", "qualifying_training_other"].includes(pathway.situationBefore12m ?? ""),
    );
    expect(training.length / rows.pathways.length).toBeGreaterThan(0.02);
    expect(training.length / rows.pathways.length).toBeLessThan(0.09);
  });

  it("give every closed pathway a valid next step and a reason its situation agrees with", () => {
    expect(closed.length).toBeGreaterThan(100);
    for (const pathway of closed) {
      const nextStep = nextStepSchema.parse(pathway.nextStep);
      const check = checkExit({
        entryDate: pathway.entryDate,
        plannedEndDate: null,
        today: LAST_DAY,
        exitDate: pathway.exitDate as string,
        reason: pathway.exitReason as NonNullable<typeof pathway.exitReason>,
        situationAtExit: pathway.situationAtExit as NonNullable<typeof pathway.situationAtExit>,
        nextStep,
      });
      expect(check, pathway.referralId ?? "").toEqual({ errors: [], warnings: [] });
    }
  });

  it("send about 13.5 % on to a PRF training, most pathways completed, and some of every early exit", () => {
    const prf = closed.filter((pathway) => pathway.nextStep?.kind === "qualifying_training_prf");
    expect(prf.length / closed.length).toBeGreaterThan(0.1);
    expect(prf.length / closed.length).toBeLessThan(0.17);
    const completed = closed.filter((pathway) => pathway.exitReason === "completed");
    expect(completed.length / closed.length).toBeGreaterThan(0.5);
    for (const reason of [
      "early_exit_employment",
      "early_exit_training",
      "early_exit_health",
      "early_exit_dropout",
    ])
      expect(
        closed.some((pathway) => pathway.exitReason === reason),
        reason,
      ).toBe(true);
  });
});
