import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { followUps } from "../domains/follow-ups/follow-ups.tables";
import { parisDay } from "../domains/paris-time";
import { pathways } from "../domains/pathways/pathways.tables";
import { HISTORY_SOURCE } from "./history/demo-history";

describe("demo follow-ups", () => {
  let demo: Database;
  beforeAll(async () => {
    demo = await createTestDatabase("demo");
  });
  afterAll(() => demo.close());

  it("are the 6-month follow-ups of closed pathways due at load time, answered by link, by phone, or not", async () => {
    const all = await demo.db
      .select({ followUp: followUps, exitDate: pathways.exitDate, source: pathways.source })
      .from(followUps)
      .innerJoin(pathways, eq(pathways.id, followUps.pathwayId));
    // The synthetic 2019–2020 records bring their answers at 6 months as any imported file does.
    const imported = all.filter((row) => row.source !== null);
    expect(imported.every((row) => row.source === HISTORY_SOURCE)).toBe(true);
    expect(imported.every((row) => row.followUp.answerChannel === "import")).toBe(true);
    const rows = all.filter((row) => row.source === null);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const today = parisDay(new Date());
    for (const { followUp } of rows) {
      expect(followUp.months).toBe(6);
      expect(followUp.dueDate <= today).toBe(true);
      expect(followUp.answeredAt === null).toBe(followUp.situation === null);
    }
    const channels = (channel: string | null) =>
      rows.filter((row) => row.followUp.answerChannel === channel).length;
    expect(channels("link")).toBeGreaterThanOrEqual(3);
    expect(channels("phone")).toBeGreaterThanOrEqual(1);
    expect(channels(null)).toBeGreaterThanOrEqual(2);
    const toCall = rows.filter((row) => row.followUp.callListedAt && !row.followUp.answeredAt);
    expect(toCall.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((row) => (row.followUp.barriersRemaining ?? []).length > 0)).toBe(true);
  });
});
