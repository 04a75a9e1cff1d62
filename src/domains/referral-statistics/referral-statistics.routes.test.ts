import { desc, eq, inArray, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import { userLots, users } from "../accounts/accounts.tables";
import type { Role } from "../accounts/roles";
import { auditEvents } from "../audit/audit.tables";
import { parisDay } from "../paris-time";
import { people } from "../people/people.tables";
import type { ReferralStatus } from "../referrals/referral-status";
import type { ReferralKind } from "../referrals/referral-vocabulary";
import { referrals } from "../referrals/referrals.tables";
import { basinCommunes, lotBasins, organisations, sites } from "../territory/territory.tables";
import type { PrescriberNetwork } from "../territory/territory.vocabulary";
import type { ReferralStatistics } from "./referral-statistics.schemas";
import { lastTwelveMonths } from "./statistics-period";

/**
 * Referrals inserted here, in March 2024 (the demo's own are in 2026), to a lot the demo's territorial
 * officer follows (A) and to one they do not (X).
 */
const MARCH_2024 = "from=2024-03-01&to=2024-03-31";

describe("referral statistics API", () => {
  let t: TestApp;
  let lotA: string;
  let lotX: string;
  let siteA: { id: string; code: string };
  let siteX: { id: string; code: string };
  let basinA: string;
  let basinX: string;

  const get = async (url: string, role: Role | null = "region_admin") =>
    t.request({ method: "GET", url }, role ? await t.sessionAs(role) : null);
  const statistics = async (query: string, role: Role = "region_admin") => {
    const response = await get(`/api/referral-statistics?${query}`, role);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ReferralStatistics;
  };
  const channel = (result: ReferralStatistics, name: string) =>
    result.channels.find((row) => row.channel === name);
  const site = (result: ReferralStatistics, id: string) => result.sites.find((row) => row.id === id);
  const basin = (result: ReferralStatistics, id: string) => result.basins.find((row) => row.id === id);

  beforeAll(async () => {
    t = await createTestApp({ template: "demo" });
    const db = t.database.db;
    const followed = (
      await db
        .select({ lotId: userLots.lotId })
        .from(userLots)
        .innerJoin(users, eq(users.id, userLots.userId))
        .where(eq(users.email, demoAccount("territorial_officer").email))
    ).map((row) => row.lotId);
    const siteIn = async (lots: { followed: boolean }) => {
      const [row] = await db
        .select({ id: sites.id, code: sites.code, lotId: sites.lotId })
        .from(sites)
        .where(lots.followed ? inArray(sites.lotId, followed) : notInArray(sites.lotId, followed))
        .orderBy(sites.code)
        .limit(1);
      if (!row) throw new Error("no site");
      return row;
    };
    const communeOf = async (lotId: string) => {
      const [row] = await db
        .select({ basinId: basinCommunes.basinId, communeCode: basinCommunes.communeCode })
        .from(lotBasins)
        .innerJoin(basinCommunes, eq(basinCommunes.basinId, lotBasins.basinId))
        .where(eq(lotBasins.lotId, lotId))
        .orderBy(basinCommunes.communeCode)
        .limit(1);
      if (!row) throw new Error("no commune");
      return row;
    };
    const [a, x] = [await siteIn({ followed: true }), await siteIn({ followed: false })];
    [lotA, lotX, siteA, siteX] = [a.lotId, x.lotId, a, x];
    const [communeA, communeX] = [await communeOf(lotA), await communeOf(lotX)];
    [basinA, basinX] = [communeA.basinId, communeX.basinId];
    const prescriber = async (network: PrescriberNetwork) => {
      const [row] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.networkType, network))
        .limit(1);
      if (!row) throw new Error(`no ${network}`);
      return row.id;
    };

    const fixtures: {
      kind?: ReferralKind;
      network?: PrescriberNetwork;
      status?: ReferralStatus;
      lotId: string;
      siteId: string | null;
      communeCode: string;
      sentAt: string;
    }[] = [
      // 1 March, 00:30 in Paris (UTC+1): the first minutes of the period
      {
        network: "france_travail",
        lotId: lotA,
        siteId: a.id,
        communeCode: communeA.communeCode,
        sentAt: "2024-02-29T23:30:00Z",
      },
      // 31 March, 23:30 in Paris (UTC+2 since that night): the last minutes of the period
      {
        network: "mission_locale",
        status: "entered",
        lotId: lotA,
        siteId: a.id,
        communeCode: communeA.communeCode,
        sentAt: "2024-03-31T21:30:00Z",
      },
      {
        kind: "self_referral",
        status: "refused",
        lotId: lotA,
        siteId: a.id,
        communeCode: communeA.communeCode,
        sentAt: "2024-03-15T10:00:00Z",
      },
      // to lot A, the site not chosen yet, from someone who lives in lot X's basin
      {
        network: "france_travail",
        lotId: lotA,
        siteId: null,
        communeCode: communeX.communeCode,
        sentAt: "2024-03-10T10:00:00Z",
      },
      {
        network: "cap_emploi",
        lotId: lotX,
        siteId: x.id,
        communeCode: communeX.communeCode,
        sentAt: "2024-03-12T10:00:00Z",
      },
      // 29 February, 23:59 and 1 April, 00:00 in Paris: outside the period
      {
        network: "france_travail",
        lotId: lotA,
        siteId: a.id,
        communeCode: communeA.communeCode,
        sentAt: "2024-02-29T22:59:00Z",
      },
      {
        network: "france_travail",
        lotId: lotA,
        siteId: a.id,
        communeCode: communeA.communeCode,
        sentAt: "2024-03-31T22:00:00Z",
      },
    ];
    const persons = await db
      .insert(people)
      .values(
        fixtures.map((fixture, index) => ({
          lastName: `Essai${index}`,
          firstName: "Camille",
          birthDate: "1990-01-01",
          identityKey: `essai${index} camille 1990-01-01`,
          communeCode: fixture.communeCode,
        })),
      )
      .returning({ id: people.id });
    const rows = [];
    for (const [index, fixture] of fixtures.entries()) {
      rows.push({
        kind: fixture.kind ?? "prescription",
        status: fixture.status ?? "withdrawn",
        personId: persons[index]?.id ?? "",
        lotId: fixture.lotId,
        siteId: fixture.siteId,
        prescriberOrganisationId: fixture.network ? await prescriber(fixture.network) : null,
        sentAt: new Date(fixture.sentAt),
      });
    }
    await db.insert(referrals).values(rows);
  });
  afterAll(() => t.close());

  it("counts the region's referrals of the period by network, site and basin of residence", async () => {
    const result = await statistics(MARCH_2024);
    expect(result.period).toEqual({ from: "2024-03-01", to: "2024-03-31" });
    expect(result.lot).toBeNull();
    expect(result.lots).toHaveLength(32);
    expect(result.totals).toEqual({ referrals: 4, selfReferrals: 1, entered: 1, withoutSite: 1 });

    expect(result.channels.map((row) => [row.label, row.referrals, row.entered])).toEqual([
      ["France Travail", 2, 0],
      ["Mission Locale", 1, 1],
      ["Cap emploi", 1, 0],
      ["Conseil départemental", 0, 0],
      ["Insertion par l'activité économique (IAE)", 0, 0],
      ["Université", 0, 0],
      ["CCAS / CIAS", 0, 0],
      ["Politique de la ville", 0, 0],
      ["Autre", 0, 0],
      ["Auto-positionnement", 1, 0],
    ]);

    expect(site(result, siteA.id)).toMatchObject({
      code: siteA.code,
      referrals: 2,
      selfReferrals: 1,
      entered: 1,
    });
    expect(site(result, siteX.id)).toMatchObject({ referrals: 1, selfReferrals: 0, entered: 0 });
    expect(result.sites.length).toBeGreaterThanOrEqual(90);
    expect(result.sites.filter((row) => row.referrals + row.selfReferrals > 0)).toHaveLength(2);

    expect(result.basins).toHaveLength(44);
    const a = basin(result, basinA);
    expect(a).toMatchObject({ referrals: 2, selfReferrals: 1, lot: { id: lotA } });
    expect(a?.ratePer10000).toBeCloseTo((2 * 10_000) / (a?.population ?? 1));
    expect(basin(result, basinX)).toMatchObject({ referrals: 2, selfReferrals: 0 });
    expect(result.area.referrals).toBe(4);
    const others = result.basins.filter((row) => row.id !== basinA && row.id !== basinX);
    expect(others.every((row) => row.referrals === 0 && row.flag === "none")).toBe(true);
    for (const row of result.basins) {
      expect(row.ruralShare).toBeGreaterThanOrEqual(0);
      expect(row.ruralShare).toBeLessThanOrEqual(1);
      expect(row.rural).toBe((row.ruralShare ?? 0) >= 0.5);
    }
  });

  it("counts a day of the period whole, in Paris, and nothing outside it", async () => {
    const first = await statistics("from=2024-03-01&to=2024-03-01");
    expect(channel(first, "france_travail")?.referrals).toBe(1);
    const before = await statistics("from=2024-02-29&to=2024-02-29");
    expect(channel(before, "france_travail")?.referrals).toBe(1);
    expect(before.totals.referrals).toBe(1);
    const after = await statistics("from=2024-04-01&to=2024-04-01");
    expect(after.totals.referrals).toBe(1);
    const empty = await statistics("from=2023-01-01&to=2023-12-31");
    expect(empty.totals).toEqual({ referrals: 0, selfReferrals: 0, entered: 0, withoutSite: 0 });
    expect(empty.channels).toHaveLength(10);
    expect(empty.basins.every((row) => row.flag === null)).toBe(true);
    expect(empty.area.thresholdPer10000).toBeNull();
  });

  it("narrows everything to one lot when asked", async () => {
    const result = await statistics(`${MARCH_2024}&lotId=${lotX}`);
    expect(result.lot?.id).toBe(lotX);
    expect(result.totals).toEqual({ referrals: 1, selfReferrals: 0, entered: 0, withoutSite: 0 });
    expect(result.sites.every((row) => row.lot.id === lotX)).toBe(true);
    expect(result.basins.every((row) => row.lot?.id === lotX)).toBe(true);
    expect(basin(result, basinX)).toMatchObject({ referrals: 1 });
    expect(result.lots).toHaveLength(32);
  });

  it("shows a territorial officer only the lots they follow, and refuses another lot", async () => {
    const result = await statistics(MARCH_2024, "territorial_officer");
    const followed = result.lots.map((lot) => lot.id);
    expect(followed).toHaveLength(3);
    expect(followed).toContain(lotA);
    expect(followed).not.toContain(lotX);
    expect(result.totals).toEqual({ referrals: 3, selfReferrals: 1, entered: 1, withoutSite: 1 });
    expect(channel(result, "cap_emploi")?.referrals).toBe(0);
    expect(result.sites.every((row) => followed.includes(row.lot.id))).toBe(true);
    expect(site(result, siteX.id)).toBeUndefined();
    expect(result.basins.every((row) => row.lot && followed.includes(row.lot.id))).toBe(true);
    expect(basin(result, basinA)).toMatchObject({ referrals: 2, selfReferrals: 1 });
    expect(basin(result, basinX)).toBeUndefined();

    expect((await statistics(`${MARCH_2024}&lotId=${lotA}`, "territorial_officer")).lot?.id).toBe(lotA);
    const refused = await get(`/api/referral-statistics?${MARCH_2024}&lotId=${lotX}`, "territorial_officer");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(
      "Vous ne suivez pas ce lot : ses statistiques ne vous sont pas accessibles.",
    );
  });

  it("refuses every other role, and anyone without a session", async () => {
    for (const role of [
      "training_manager",
      "training_staff",
      "prescriber_admin",
      "prescriber_advisor",
      "evaluator",
      "trainee",
    ] as const) {
      expect((await get(`/api/referral-statistics?${MARCH_2024}`, role)).statusCode, role).toBe(403);
    }
    expect((await get("/api/referral-statistics", null)).statusCode).toBe(401);
  });

  it("takes the last twelve months by default", async () => {
    const result = await statistics("");
    expect(result.period).toEqual(lastTwelveMonths(parisDay(new Date())));
    expect((await statistics("to=2024-03-31")).period).toEqual({ from: "2023-04-01", to: "2024-03-31" });
  });

  it("answers a malformed request in French", async () => {
    const bad = async (query: string) => {
      const response = await get(`/api/referral-statistics?${query}`);
      expect(response.statusCode, query).toBe(400);
      return response.json().message as string;
    };
    expect(await bad("from=01/03/2024")).toMatch(/AAAA-MM-JJ/);
    expect(await bad("from=2024-02-30")).toMatch(/AAAA-MM-JJ/);
    expect(await bad("to=2024-3-1")).toMatch(/AAAA-MM-JJ/);
    expect(await bad("lotId=L01")).toMatch(/lot invalide/i);
    expect(await bad("from=2024-04-01&to=2024-03-31")).toBe(
      "La date de début de la période doit précéder sa date de fin (ou lui être égale).",
    );
    const unknown = await get("/api/referral-statistics?lotId=00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);
  });

  it("records each reading in the audit log, without anyone's details", async () => {
    await statistics(`${MARCH_2024}&lotId=${lotA}`, "territorial_officer");
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "referralStatistics.read"))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event).toMatchObject({
      actorRole: "territorial_officer",
      recordType: "lot",
      recordId: lotA,
      outcome: "success",
      details: { from: "2024-03-01", to: "2024-03-31" },
    });
  });
});
