import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { nextStepSchema } from "../domains/outcomes/next-step";
import { pathways } from "../domains/pathways/pathways.tables";
import { tripartiteInterviews } from "../domains/tripartite-interviews/tripartite-interviews.tables";
import { demoAccount } from "./demo-accounts";

describe("the demo's tripartite interviews", () => {
  let demo: Database;
  beforeAll(async () => {
    demo = await createTestDatabase("demo");
  });
  afterAll(() => demo.close());

  it("show the demo trainee's interview scheduled, not yet held", async () => {
    const [lea] = await demo.db
      .select({ interview: tripartiteInterviews })
      .from(tripartiteInterviews)
      .innerJoin(pathways, eq(pathways.id, tripartiteInterviews.pathwayId))
      .innerJoin(users, eq(users.personId, pathways.personId))
      .where(eq(users.email, demoAccount("trainee").email));
    expect(lea?.interview.scheduledAt).not.toBeNull();
    expect(lea?.interview.heldOn).toBeNull();
  });

  it("hold about two thirds of the closed pathways' interviews, before their exit, with a valid next step", async () => {
    const rows = await demo.db
      .select({
        heldOn: tripartiteInterviews.heldOn,
        exitDate: pathways.exitDate,
        entryDate: pathways.entryDate,
        nextStep: tripartiteInterviews.nextStep,
      })
      .from(pathways)
      .leftJoin(tripartiteInterviews, eq(tripartiteInterviews.pathwayId, pathways.id))
      .where(and(isNotNull(pathways.exitDate), isNull(pathways.source)));
    const held = rows.filter((row) => row.heldOn !== null);
    expect(held.length / rows.length).toBeGreaterThan(0.5);
    expect(held.length / rows.length).toBeLessThan(0.8);
    for (const row of held) {
      expect((row.heldOn as string) < (row.exitDate as string)).toBe(true);
      expect((row.heldOn as string) > row.entryDate).toBe(true);
      expect(nextStepSchema.safeParse(row.nextStep).success).toBe(true);
    }
    const [notHeldWithRow] = await demo.db
      .select({ count: sql<number>`count(*)::int` })
      .from(tripartiteInterviews)
      .where(isNull(tripartiteInterviews.heldOn));
    expect(notHeldWithRow?.count).toBe(1);
  });
});
