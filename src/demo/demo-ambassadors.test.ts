import { eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { ambassadorInvitations, ambassadors } from "../domains/alumni/alumni.tables";
import { informationSessions } from "../domains/information-sessions/information-sessions.tables";
import { pathways } from "../domains/pathways/pathways.tables";
import { people } from "../domains/people/people.tables";
import { organisations, sites } from "../domains/territory/territory.tables";

describe("the demo's ambassadors", () => {
  let demo: Database;
  beforeAll(async () => {
    demo = await createTestDatabase("demo");
  });
  afterAll(() => demo.close());

  it("are three people who ended a 2026 pathway at OF01's sites, with a fictitious e-mail and phone", async () => {
    const rows = await demo.db
      .select({
        personId: ambassadors.personId,
        withdrawnAt: ambassadors.withdrawnAt,
        email: people.email,
        phone: people.phone,
      })
      .from(ambassadors)
      .innerJoin(people, eq(people.id, ambassadors.personId));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.withdrawnAt).toBeNull();
      expect(row.email).toMatch(/@exemple\.test$/);
      expect(row.phone).toMatch(/^06 39 98 /);
      const ended = await demo.db
        .select({ exitDate: pathways.exitDate, organisation: organisations.code })
        .from(pathways)
        .innerJoin(sites, eq(sites.id, pathways.siteId))
        .innerJoin(organisations, eq(organisations.id, sites.organisationId))
        .where(eq(pathways.personId, row.personId));
      expect(
        ended.some((pathway) => pathway.organisation === "OF01" && (pathway.exitDate ?? "") >= "2026"),
      ).toBe(true);
    }
  });

  it("include one invited to an information session still to come, who accepted", async () => {
    const invitations = await demo.db
      .select({ response: ambassadorInvitations.response })
      .from(ambassadorInvitations)
      .innerJoin(informationSessions, eq(informationSessions.id, ambassadorInvitations.informationSessionId))
      .where(gt(informationSessions.startsAt, sql`now()`));
    expect(invitations).toEqual([{ response: "accepted" }]);
  });
});
