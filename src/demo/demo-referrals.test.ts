import { asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import type { Database } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { BARRIER_THEMES } from "../domains/barriers/barrier-catalogue";
import { pathways } from "../domains/pathways/pathways.tables";
import { identityKey } from "../domains/people/identity-key";
import { people } from "../domains/people/people.tables";
import { readReferralStatistics } from "../domains/referral-statistics/use-cases/read-referral-statistics";
import { checkTransition, isTerminal, REFERRAL_STATUSES } from "../domains/referrals/referral-status";
import { referralEvents, referrals } from "../domains/referrals/referrals.tables";
import { readCommuneFile } from "../domains/territory/reference/load-communes";
import { basinCommunes, organisations } from "../domains/territory/territory.tables";
import { PRESCRIBER_NETWORKS } from "../domains/territory/territory.vocabulary";
import { DEMO_REFERRALS_SEED } from "./demo-referrals";
import { HISTORY_ENTRIES, HISTORY_SOURCE } from "./history/demo-history";
import { DEMO_TRAINEES } from "./pathways/demo-pathway-plan";
import { DEMO_REFERRAL_COUNT, LAST_DAY, planDemoReferrals } from "./referrals/demo-referral-plan";
import { demoTerritoryRows } from "./referrals/demo-territory-rows";
import { buildDemoTerritory } from "./territory/demo-territory";
import { seededRandom } from "./territory/random";

describe("the demo's referrals", () => {
  let demo: Database;
  /** The referrals of the synthetic 2019–2020 records: imported, they have the import's history. */
  let imported: Set<string>;
  beforeAll(async () => {
    demo = await createTestDatabase("demo");
    const rows = await demo.db
      .select({ referralId: pathways.referralId, source: pathways.source })
      .from(pathways)
      .where(isNotNull(pathways.source));
    expect(rows.every((row) => row.source === HISTORY_SOURCE)).toBe(true);
    expect(rows).toHaveLength(HISTORY_ENTRIES);
    imported = new Set(rows.map((row) => row.referralId ?? ""));
  });
  afterAll(() => demo.close());

  it("are about 600, of 2026, all closed, a tenth of them self-referrals", async () => {
    const current = await demo.db
      .select({ referralId: pathways.referralId })
      .from(pathways)
      .where(isNull(pathways.exitDate));
    const currentIds = new Set(current.map((row) => row.referralId));
    const rows = (await demo.db.select().from(referrals)).filter(
      (row) => !currentIds.has(row.id) && !imported.has(row.id),
    );
    expect(rows.length).toBeGreaterThanOrEqual(DEMO_REFERRAL_COUNT - 10);
    expect(rows.length).toBeLessThanOrEqual(DEMO_REFERRAL_COUNT);
    expect(rows.every((row) => isTerminal(row.status))).toBe(true);
    for (const status of ["entered", "refused", "withdrawn", "expired"] as const) {
      expect(rows.filter((row) => row.status === status).length, status).toBeGreaterThan(50);
    }
    const selfReferrals = rows.filter((row) => row.kind === "self_referral");
    expect(selfReferrals.length / rows.length).toBeGreaterThan(0.07);
    expect(selfReferrals.length / rows.length).toBeLessThan(0.13);
    expect(
      selfReferrals.every((row) => row.consentedAt && row.consentText && !row.prescriberOrganisationId),
    ).toBe(true);
    expect(rows.some((row) => row.knownBarriers.length > 0)).toBe(true);
    for (const row of rows) {
      expect(row.knownBarriers.every((theme) => (BARRIER_THEMES as readonly string[]).includes(theme))).toBe(
        true,
      );
      expect(row.sentAt.toISOString() >= "2026-01-01").toBe(true);
      expect(row.statusChangedAt.toISOString().slice(0, 10) <= LAST_DAY).toBe(true);
      expect(row.siteId).not.toBeNull();
    }
  });

  it("come from every network, France Travail and the Missions Locales first", async () => {
    const counted = await demo.db
      .select({ network: organisations.networkType, count: sql<number>`count(*)::int` })
      .from(referrals)
      .innerJoin(organisations, eq(organisations.id, referrals.prescriberOrganisationId))
      .groupBy(organisations.networkType)
      .orderBy(sql`count(*) desc`);
    expect(counted.map((row) => row.network).sort()).toEqual([...PRESCRIBER_NETWORKS].sort());
    expect(counted.slice(0, 2).map((row) => row.network)).toEqual(["france_travail", "mission_locale"]);
  });

  it("each have a history from « sent » to their status along the state machine's transitions", async () => {
    const events = await demo.db
      .select()
      .from(referralEvents)
      .orderBy(asc(referralEvents.referralId), asc(referralEvents.at), asc(referralEvents.id));
    const statuses = new Map(
      (
        await demo.db
          .select({ id: referrals.id, status: referrals.status, at: referrals.statusChangedAt })
          .from(referrals)
      ).map((row) => [row.id, row]),
    );
    const histories = new Map<string, (typeof events)[number][]>();
    for (const event of events.filter((candidate) => !imported.has(candidate.referralId)))
      histories.set(event.referralId, [...(histories.get(event.referralId) ?? []), event]);
    expect(histories.size).toBe(statuses.size - imported.size);
    for (const [id, history] of histories) {
      const [created, ...changes] = history;
      expect(created).toMatchObject({ kind: "created", fromStatus: null, toStatus: "sent" });
      let current = "sent";
      for (const change of changes) {
        expect(change.kind).toBe("status_changed");
        expect(change.fromStatus).toBe(current);
        expect(change.actorLabel).not.toBe("");
        const check = checkTransition({
          from: change.fromStatus ?? "sent",
          to: change.toStatus,
          actorKind: change.actorKind,
          reason: {
            code: change.reasonCode ?? undefined,
            text: change.reasonText ?? undefined,
            shareWithPrescriber: change.sharedWithPrescriber,
          },
        });
        expect(check, `${id}: ${change.fromStatus} → ${change.toStatus}`).toEqual({ ok: true });
        current = change.toStatus;
      }
      expect(current).toBe(statuses.get(id)?.status);
      expect(history.at(-1)?.at).toEqual(statuses.get(id)?.at);
    }
    expect(REFERRAL_STATUSES.filter((status) => events.some((event) => event.toStatus === status))).toEqual(
      REFERRAL_STATUSES,
    );
  });

  it("give every entered person a pathway, ended but for the demo's current trainees", async () => {
    const entered = await demo.db
      .select({ id: referrals.id, entryDate: referrals.plannedEntryDate, pathway: pathways })
      .from(referrals)
      .leftJoin(pathways, eq(pathways.referralId, referrals.id))
      .where(eq(referrals.status, "entered"))
      .then((rows) => rows.filter((row) => !imported.has(row.id)));
    const current = entered.filter((row) => row.pathway !== null && row.pathway.exitDate === null);
    expect(current.length).toBe(DEMO_TRAINEES.length);
    for (const row of entered.filter((candidate) => !current.includes(candidate))) {
      expect(row.pathway?.entryDate).toBe(row.entryDate);
      expect(row.pathway?.exitDate).not.toBeNull();
      expect((row.pathway?.exitDate ?? "") > (row.pathway?.entryDate ?? "")).toBe(true);
      expect((row.pathway?.exitDate ?? "") <= LAST_DAY).toBe(true);
    }
    const [all] = await demo.db
      .select({ count: sql<number>`count(*)::int` })
      .from(pathways)
      .where(isNull(pathways.source));
    expect(all?.count).toBe(entered.length);
  });

  it("are made of fictitious people, each living in a basin", async () => {
    const rows = await demo.db
      .select({ person: people, basin: basinCommunes.basinId })
      .from(people)
      .leftJoin(basinCommunes, eq(basinCommunes.communeCode, people.communeCode));
    expect(rows.length).toBeGreaterThan(0);
    for (const { person, basin } of rows) {
      expect(basin).not.toBeNull();
      expect(person.identityKey).toBe(identityKey(person));
      // Aged 18 to 60 at entry, from 2019 (the synthetic records) to 2026.
      expect(person.birthDate >= "1958-01-01" && person.birthDate <= "2008-12-31").toBe(true);
    }
  });

  it("show the rural blind spot: the basins that receive too few are rural", async () => {
    const [admin] = await demo.db.select().from(users).where(eq(users.role, "region_admin"));
    if (!admin) throw new Error("no region admin");
    const actor = { ...admin, userId: admin.id, lotIds: [] };
    const statistics = await readReferralStatistics(
      demo.db,
      { actor, ip: null, userAgent: null },
      { from: "2026-01-01", to: "2026-12-31" },
    );
    const flagged = statistics.basins.filter((basin) => basin.flag !== null);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(flagged.every((basin) => basin.rural)).toBe(true);
    const urban = statistics.basins.filter((basin) => !basin.rural);
    expect(urban.every((basin) => basin.flag === null)).toBe(true);
  });

  it("are planned the same way every time", () => {
    const communes = readCommuneFile();
    const territory = buildDemoTerritory(communes);
    const byCode = (items: readonly { code: string }[] = []) =>
      new Map(items.map(({ code }) => [code, code]));
    const rows = demoTerritoryRows(territory, communes, {
      lots: byCode(territory.lots),
      sites: byCode(territory.sites),
      organisations: byCode(territory.organisations),
    });
    const plan = () => planDemoReferrals(rows, seededRandom(DEMO_REFERRALS_SEED));
    expect(plan()).toEqual(plan());
  });
});
