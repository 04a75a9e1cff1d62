import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { describeRun } from "./follow-ups.command";

describe("amorce follow-ups send", () => {
  it("says what was done, in French, singular and plural", () => {
    expect(describeRun({ created: 0, sent: 0, reminded: 0, callListed: 0 })).toBe("Aucun suivi à envoyer.");
    expect(describeRun({ created: 3, sent: 2, reminded: 1, callListed: 0 })).toBe(
      "3 suivis arrivés à échéance, 2 questionnaires envoyés, 1 relance, 0 ancien·ne·s stagiaires à appeler.",
    );
  });
});

describe("follow-up settings", () => {
  it("run the 6-month follow-up by default, every 7 days twice, links valid 30 days", () => {
    expect(loadConfig({}).followUps).toEqual({ months: [6], reminderDays: 7, reminders: 2, linkDays: 30 });
  });

  it("take 3, 6 and 12 months, comma-separated, in any order", () => {
    expect(loadConfig({ FOLLOW_UP_MONTHS: "12, 3,6,3" }).followUps.months).toEqual([3, 6, 12]);
  });

  it("refuse other months in French", () => {
    for (const value of ["4", "6,9", "six", "0"]) {
      expect(() => loadConfig({ FOLLOW_UP_MONTHS: value }), value).toThrow(/FOLLOW_UP_MONTHS : 3, 6 ou 12/);
    }
  });
});
