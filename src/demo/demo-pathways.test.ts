import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { addDays, mondayOf } from "../domains/calendar-days";
import {
  attendance,
  collectiveSessions,
  sessionEnrolments,
} from "../domains/collective-sessions/collective-sessions.tables";
import { internshipSignatures, internships } from "../domains/internships/internships.tables";
import { parisDay } from "../domains/paris-time";
import { pathwayPlans, pathways } from "../domains/pathways/pathways.tables";
import { checkPlan } from "../domains/programme-rules/check-plan";
import { parsePlan } from "../domains/programme-rules/plan-input";
import { demoAccount } from "./demo-accounts";
import { firstOpenSiteOf } from "./demo-pathways";
import { DEMO_TRAINEES, planDemoSessions } from "./pathways/demo-pathway-plan";

describe("the demo's trainees in their pathway", () => {
  let demo: Database;
  beforeAll(async () => {
    demo = await createTestDatabase("demo");
  });
  afterAll(() => demo.close());

  it("are in their pathway at OF01's first site, the first one being the demo trainee's account", async () => {
    const site = await firstOpenSiteOf(demo.db, "OF01");
    const current = await demo.db
      .select()
      .from(pathways)
      .where(and(eq(pathways.siteId, site.id), isNull(pathways.exitDate)));
    expect(current.length).toBe(DEMO_TRAINEES.length);
    const [trainee] = await demo.db
      .select()
      .from(users)
      .where(eq(users.email, demoAccount("trainee").email));
    expect(current.map((pathway) => pathway.personId)).toContain(trainee?.personId);
  });

  it("each have a plan that keeps the programme's default rules", async () => {
    const plans = await demo.db
      .select({ plan: pathwayPlans, entryDate: pathways.entryDate })
      .from(pathwayPlans)
      .innerJoin(pathways, eq(pathways.id, pathwayPlans.pathwayId));
    expect(plans.length).toBe(DEMO_TRAINEES.length);
    for (const { plan, entryDate } of plans) {
      const read = parsePlan({ entryDate, plannedEndDate: plan.plannedEndDate, items: plan.items });
      if (!read.ok) throw new Error(read.problems.join("; "));
      const result = checkPlan(read.value);
      expect(result.violations).toEqual([]);
      expect(plan.valid).toBe(true);
    }
  });

  it("have sessions this week and marks only for enrolled trainees of past sessions", async () => {
    const today = parisDay(new Date());
    const [week] = await demo.db
      .select({ count: sql<number>`count(*)::int` })
      .from(collectiveSessions)
      .where(
        sql`(${collectiveSessions.startsAt} at time zone 'Europe/Paris')::date between ${mondayOf(today)}::date and ${addDays(mondayOf(today), 6)}::date`,
      );
    expect(week?.count).toBe(8);
    const [orphans] = await demo.db
      .select({ count: sql<number>`count(*)::int` })
      .from(attendance)
      .leftJoin(
        sessionEnrolments,
        and(
          eq(sessionEnrolments.sessionId, attendance.sessionId),
          eq(sessionEnrolments.pathwayId, attendance.pathwayId),
        ),
      )
      .where(isNull(sessionEnrolments.sessionId));
    expect(orphans?.count).toBe(0);
    const [future] = await demo.db
      .select({ count: sql<number>`count(*)::int` })
      .from(attendance)
      .innerJoin(collectiveSessions, eq(collectiveSessions.id, attendance.sessionId))
      .where(sql`${collectiveSessions.startsAt} > now()`);
    expect(future?.count).toBe(0);
  });

  it("give the demo trainee one internship done and one awaiting two of its four signatures", async () => {
    const rows = await demo.db
      .select({
        status: internships.status,
        signed: sql<number>`count(${internshipSignatures.signedAt})::int`,
      })
      .from(internships)
      .innerJoin(internshipSignatures, eq(internshipSignatures.internshipId, internships.id))
      .groupBy(internships.id, internships.status)
      .orderBy(internships.startDate);
    expect(rows).toEqual([
      { status: "completed", signed: 4 },
      { status: "awaiting_signatures", signed: 2 },
    ]);
  });

  it("plan Monday to Thursday, two half-days a day, up to three weeks ahead", () => {
    const sessions = planDemoSessions("2026-10-19", "2026-11-26");
    expect(sessions.length).toBe(8 * 8);
    expect(new Set(sessions.map((session) => new Date(`${session.day}T00:00:00Z`).getUTCDay()))).toEqual(
      new Set([1, 2, 3, 4]),
    );
    expect(sessions.at(-1)?.day).toBe("2026-12-10");
  });
});
