import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount } from "../../src/demo/demo-accounts";
import { PROFESSIONAL_ROLES, type Role } from "../../src/domains/accounts/roles";
import { createOrganisation } from "../../src/domains/accounts/test-fixtures";
import { rowsOf } from "../../src/domains/indicators/count-indicators";
import type { Dashboard } from "../../src/domains/indicators/indicators.schemas";
import {
  communesOf,
  importTestRecords,
  referredBy,
  sitesWithLots,
} from "../../src/domains/indicators/test-fixtures";
import { createTestApp, type TestApp } from "../support/test-app";

type Site = Awaited<ReturnType<typeof sitesWithLots>>[number];

/**
 * For every role: the indicators and the dashboard count only the people in its scope. Six people
 * entered in 2017 (before the demo's own data): at a site of a lot the demo's territorial officer
 * follows, at a site of the demo's training organisation (OF01), and at a site out of both reaches;
 * at each, one sent by the demo's prescriber organisation (FT33) and one by another.
 */
describe("another organisation's and another lot's people in the indicators", () => {
  let t: TestApp;
  let people: { site: Site; prescriber: string }[];
  let officerLots: Set<string>;
  let trainingLots: Set<string>;
  let of01: string;
  let outside: Site;

  const PERIOD = "from=2017-01-01&to=2017-12-31";

  /** Whom each role may count: the scope rules of `indicator-scope.ts`, written from the data's side. */
  const counted = (role: Role) =>
    people.filter(({ site, prescriber }) => {
      switch (role) {
        case "territorial_officer":
          return officerLots.has(site.lotId);
        case "training_manager":
        case "training_staff":
          return site.organisationId === of01 || trainingLots.has(site.lotId);
        case "prescriber_admin":
        case "prescriber_advisor":
          return prescriber === "FT33";
        default:
          return true;
      }
    });

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await createOrganisation(db, "PRESC-AILLEURS", "prescriber");
    const sites = await sitesWithLots(db);
    officerLots = new Set(
      (
        await rowsOf(
          db,
          sql`select ul.lot_id::text as lot_id from user_lots ul join users u on u.id = ul.user_id
            where u.email = ${demoAccount("territorial_officer").email}`,
        )
      ).map((row) => String(row.lot_id)),
    );
    const of01Site = sites.find((site) => site.organisation === "OF01");
    if (!of01Site) throw new Error("OF01 has no site");
    of01 = of01Site.organisationId;
    trainingLots = new Set(
      sites
        .filter((site) => site.operatorId === of01 || site.operatorLead === of01)
        .map((site) => site.lotId),
    );
    const inTraining = (site: Site) => site.organisationId === of01 || trainingLots.has(site.lotId);
    const officers =
      sites.find((site) => officerLots.has(site.lotId) && !inTraining(site)) ??
      sites.find((site) => officerLots.has(site.lotId) && site.organisationId !== of01);
    const found = sites.find((site) => !officerLots.has(site.lotId) && !inTraining(site));
    if (!officers || !found) throw new Error("the demo's territory changed");
    outside = found;
    people = [officers, of01Site, outside].flatMap((site) =>
      ["FT33", "PRESC-AILLEURS"].map((prescriber) => ({ site, prescriber })),
    );
    const pathwayOf = await importTestRecords(
      db,
      await Promise.all(
        people.map(async ({ site }, index) => ({
          record_id: `iso${index}`,
          site_code: site.code,
          commune_code: (await communesOf(db, site.lotId)).urban.code,
          entry_date: `2017-0${index + 1}-10`,
          exit_date: `2017-0${index + 2}-20`,
          exit_reason: "completed",
          situation_exit: "job_seeking",
          situation_6m: "employment_durable",
        })),
      ),
    );
    for (const prescriber of ["FT33", "PRESC-AILLEURS"]) {
      await referredBy(
        db,
        people.flatMap((person, index) =>
          person.prescriber === prescriber ? [pathwayOf.get(`iso${index}`) as string] : [],
        ),
        prescriber,
      );
    }
  });
  afterAll(() => t.close());

  for (const role of PROFESSIONAL_ROLES) {
    it(`counts for ${role} only the people in its scope`, async () => {
      const session = await t.sessionAs(role);
      const expected = counted(role);
      expect(expected.length).toBeGreaterThan(0);
      if (role !== "region_admin" && role !== "evaluator")
        expect(expected.length).toBeLessThan(people.length);

      const indicators = await t.request({ method: "GET", url: `/api/indicators?${PERIOD}` }, session);
      expect(indicators.statusCode, indicators.body).toBe(200);
      expect(indicators.json().indicators.entries).toBe(expected.length);

      const response = await t.request(
        { method: "GET", url: `/api/indicators/dashboard?${PERIOD}` },
        session,
      );
      expect(response.statusCode, response.body).toBe(200);
      const board = response.json() as Dashboard;
      const total = (rows: readonly { entries: number }[]) => rows.reduce((sum, row) => sum + row.entries, 0);
      expect(board.indicators.entries).toBe(expected.length);
      expect(board.funnel.map((step) => step.count)).toEqual([
        expected.length,
        expected.length,
        expected.length,
        expected.length,
      ]);
      expect([total(board.byLot), total(board.bySite), total(board.byBasin), total(board.byMonth)]).toEqual([
        expected.length,
        expected.length,
        expected.length,
        expected.length,
      ]);
      expect(board.profile.gender.reduce((sum, row) => sum + row.count, 0)).toBe(expected.length);
      expect(board.beforeAfter.reduce((sum, row) => sum + row.after6m, 0)).toBe(expected.length);

      const reachesOutside = expected.some(({ site }) => site.id === outside.id);
      const shown = JSON.stringify([board.byLot, board.bySite, board.followUps]);
      expect(shown.includes(outside.id), `${role}: the site out of reach`).toBe(reachesOutside);
      if (role !== "region_admin" && role !== "evaluator" && !role.startsWith("prescriber")) {
        expect(board.choices.sites.map((site) => site.id)).not.toContain(outside.id);
        expect(board.choices.lots.map((lot) => lot.id)).not.toContain(outside.lotId);
      }
    });
  }

  it("gives a trainee no indicators", async () => {
    const session = await t.sessionAs("trainee");
    for (const url of [`/api/indicators?${PERIOD}`, `/api/indicators/dashboard?${PERIOD}`]) {
      expect((await t.request({ method: "GET", url }, session)).statusCode).toBe(403);
    }
  });
});
