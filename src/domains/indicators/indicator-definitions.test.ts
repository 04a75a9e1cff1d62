import { describe, expect, it } from "vitest";
import {
  COUNT_NAMES,
  describeDefinition,
  INDICATOR_DEFINITIONS,
  indicatorLines,
  indicatorsJson,
  NO_COUNTS,
  ratio,
} from "./indicator-definitions";

describe("indicator definitions", () => {
  it("divides unrounded, and gives null over an empty denominator", () => {
    expect(ratio(1, 3)).toBe(1 / 3);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });

  it("has a count behind every numerator and denominator, and one line per definition", () => {
    for (const definition of INDICATOR_DEFINITIONS) {
      expect(COUNT_NAMES).toContain(definition.numerator);
      if ("denominator" in definition) expect(COUNT_NAMES).toContain(definition.denominator);
    }
    expect(indicatorLines(NO_COUNTS).map((line) => line.key)).toEqual(
      INDICATOR_DEFINITIONS.map((definition) => definition.key),
    );
  });

  it("builds the spec's object, entries and target as they are and every ratio null when nobody entered", () => {
    const json = indicatorsJson({ counts: NO_COUNTS, entrantsByChannel: {}, target: 180 });
    expect(json).toEqual({
      entries: 0,
      target: 180,
      referralsByChannel: {},
      selfReferralShare: null,
      profile: {
        lowQualificationShare: null,
        noWorkPrior12mShare: null,
        womenShare: null,
        rqthShare: null,
        qpvShare: null,
      },
      pathway: { completionRate: null, averageHoursDone: null, internshipShare: null },
      outcomes: {
        qualifyingTrainingBefore: null,
        qualifyingTraining6m: null,
        durableEmployment6m: null,
        prfContinuation: null,
        projectIdentified: null,
        noImprovement: null,
      },
      practice: { rollingAdmissionShare: null },
    });
  });

  it("says in French what is divided by what", () => {
    const line = indicatorLines({ ...NO_COUNTS, leavers: 4, completed: 3 }).find(
      (candidate) => candidate.key === "pathway.completionRate",
    );
    expect(line).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
    expect(line?.definition).toBe(
      "Sorties en fin de parcours, rapportées aux sorties (entrées de la période qui ont une date de sortie).",
    );
    const hours = INDICATOR_DEFINITIONS.find((definition) => definition.key === "pathway.averageHoursDone");
    expect(hours && describeDefinition(hours)).toBe(
      "Somme des heures réalisées par les sortants, divisée par le nombre de sorties (entrées de la période qui ont une date de sortie).",
    );
  });
});
