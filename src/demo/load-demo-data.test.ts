import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { userLots, users } from "../domains/accounts/accounts.tables";
import { verifyPassword } from "../domains/accounts/passwords";
import { ROLES } from "../domains/accounts/roles";
import { informationSessions } from "../domains/information-sessions/information-sessions.tables";
import { lots, organisations, sites } from "../domains/territory/territory.tables";
import { isDatabaseEmpty, resetDemo } from "./database-state";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { isDemoLoaded } from "./load-demo-data";

describe("demo data", () => {
  let demo: Database;
  let empty: Database;
  beforeAll(async () => {
    [demo, empty] = await Promise.all([createTestDatabase("demo"), createTestDatabase("empty")]);
  });
  afterAll(async () => {
    await Promise.all([demo.close(), empty.close()]);
  });

  it("tells an empty database from a used one, and the demo from real data", async () => {
    expect(await isDatabaseEmpty(empty.db)).toBe(true);
    expect(await isDemoLoaded(empty.db)).toBe(false);
    expect(await isDatabaseEmpty(demo.db)).toBe(false);
    expect(await isDemoLoaded(demo.db)).toBe(true);
  });

  it("has one active account per role, with the demo password, in its organisation", async () => {
    const rows = await demo.db
      .select({
        role: users.role,
        passwordHash: users.passwordHash,
        active: users.active,
        code: organisations.code,
      })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId));
    expect(rows.map((row) => row.role).sort()).toEqual([...ROLES].sort());
    for (const account of DEMO_ACCOUNTS) {
      const row = rows.find((candidate) => candidate.role === account.role);
      expect(row?.active).toBe(true);
      expect(row?.code ?? null).toBe(account.organisationCode);
    }
    expect(await verifyPassword(rows[0]?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("links the territorial officer to 2 to 4 lots of Gironde", async () => {
    const followed = await demo.db
      .select({ name: lots.name })
      .from(userLots)
      .innerJoin(users, eq(users.id, userLots.userId))
      .innerJoin(lots, eq(lots.id, userLots.lotId))
      .where(eq(users.role, "territorial_officer"));
    expect(followed.length).toBeGreaterThanOrEqual(2);
    expect(followed.length).toBeLessThanOrEqual(4);
    for (const lot of followed) expect(lot.name).toMatch(/^Gironde/);
  });

  it("gives every site a contact, an accessibility text and information sessions to come", async () => {
    const offers = await demo.db
      .select({
        accessibility: sites.accessibility,
        contactPhone: sites.contactPhone,
        contactEmail: sites.contactEmail,
      })
      .from(sites);
    expect(offers.length).toBeGreaterThanOrEqual(90);
    for (const offer of offers) {
      expect(offer.accessibility).toBeTruthy();
      expect(offer.contactPhone).toMatch(/^01 99 00 \d\d \d\d$/);
      expect(offer.contactEmail).toMatch(/^accueil\.s\d{3}@exemple\.test$/);
    }
    const sessions = await demo.db
      .select({
        count: sql<number>`count(distinct ${informationSessions.siteId})::int`,
        paris: sql<
          string[]
        >`array_agg(distinct to_char(${informationSessions.startsAt} at time zone 'Europe/Paris', 'HH24:MI'))`,
      })
      .from(informationSessions)
      .where(sql`${informationSessions.startsAt} > now()`);
    expect(sessions[0]?.count).toBe(offers.length);
    expect([...(sessions[0]?.paris ?? [])].sort()).toEqual(["09:30", "14:00"]);
  });

  it("`demo reset` empties the data and reloads the same demo", async () => {
    await demo.db.update(sites).set({ capacity: 99 });
    await resetDemo(demo.db);
    const capacities = await demo.db.select({ capacity: sites.capacity }).from(sites);
    expect(capacities.length).toBeGreaterThanOrEqual(90);
    expect(capacities.every((site) => site.capacity < 99)).toBe(true);
    expect((await demo.db.select().from(users)).length).toBe(DEMO_ACCOUNTS.length);
    const sessions = await demo.db.select({ id: informationSessions.id }).from(informationSessions);
    expect(sessions.length).toBe(2 * capacities.length);
  });
});
