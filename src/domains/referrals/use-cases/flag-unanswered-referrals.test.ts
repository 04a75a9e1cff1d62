import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { userLots, users } from "../../accounts/accounts.tables";
import { createUser } from "../../accounts/test-fixtures";
import { addDays } from "../../calendar-days";
import { notifications } from "../../notifications/notifications.tables";
import { parisDay, parisInstant } from "../../paris-time";
import { organisations, sites } from "../../territory/territory.tables";
import { referralEvents, referrals } from "../referrals.tables";
import { flagUnansweredReferrals } from "./flag-unanswered-referrals";

const settings = { unansweredDays: 30, escalationDays: 15, expiryDays: 90 };
const mail = { publicUrl: "http://amorce.test", regionName: "Région Nouvelle-Aquitaine" };
/** Noon in Paris `days` calendar days ago: 24-hour steps would cross a clock change near midnight. */
const daysAgo = (days: number) => parisInstant(addDays(parisDay(new Date()), -days), "12:00");

/** Unanswered referrals are told to the site, then to the lot's officers, then expire: each step once. */
describe("flagUnansweredReferrals", () => {
  let t: TestApp;
  let officerId: string;
  let staffIds: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const [site] = await db
      .select({ id: sites.id, lotId: sites.lotId, organisationId: sites.organisationId })
      .from(sites)
      .innerJoin(organisations, eq(organisations.id, sites.organisationId))
      .where(eq(organisations.code, "OF01"))
      .limit(1);
    if (!site) throw new Error("no OF01 site");
    officerId = await createUser(db, {
      email: "officier.relances@amorce.test",
      role: "territorial_officer",
      organisationId: null,
    });
    await db.insert(userLots).values({ userId: officerId, lotId: site.lotId });
    staffIds = (
      await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.organisationId, site.organisationId),
            inArray(users.role, ["training_manager", "training_staff"]),
          ),
        )
    ).map((row) => row.id);
    const advisor = await t.sessionAs("prescriber_advisor");
    for (const [name, days, status] of [
      ["fresh", 29, "sent"],
      ["late", 30, "sent"],
      ["later", 45, "under_review"],
      ["ancient", 90, "sent"],
      ["answered", 200, "admission_interview"],
    ] as const) {
      const response = await t.request(
        {
          method: "POST",
          url: "/api/referrals",
          payload: {
            person: {
              lastName: `Relance-${name}`,
              firstName: "Jo",
              birthDate: "1990-01-01",
              email: null,
              phone: null,
              communeCode: "33063",
              franceTravailId: null,
            },
            siteId: site.id,
            motivation: "Test des relances.",
          },
        },
        advisor,
      );
      ids[name] = response.json().id;
      await db
        .update(referrals)
        .set({ sentAt: daysAgo(days), status })
        .where(eq(referrals.id, response.json().id));
    }
    // "later" was flagged when it turned 30 days old.
    await db
      .update(referrals)
      .set({ unansweredFlaggedAt: daysAgo(15) })
      .where(eq(referrals.id, ids.later ?? ""));
    await db.delete(notifications);
  });
  afterAll(() => t.close());

  const row = async (name: string) => {
    const [found] = await t.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.id, ids[name] ?? ""));
    return found;
  };

  it("flags at 30 days, escalates 15 days later, expires at 90, and leaves the others alone", async () => {
    const run = await flagUnansweredReferrals(t.database.db, mail, settings);
    expect(run).toEqual({ flagged: 1, escalated: 1, expired: 1 });
    expect((await row("fresh"))?.unansweredFlaggedAt).toBeNull();
    expect((await row("late"))?.unansweredFlaggedAt).not.toBeNull();
    expect((await row("later"))?.escalatedAt).not.toBeNull();
    expect((await row("ancient"))?.status).toBe("expired");
    expect((await row("answered"))?.status).toBe("admission_interview");
    const [expiry] = await t.database.db
      .select()
      .from(referralEvents)
      .where(and(eq(referralEvents.referralId, ids.ancient ?? ""), eq(referralEvents.toStatus, "expired")));
    expect(expiry).toMatchObject({ actorKind: "system", fromStatus: "sent" });
  });

  it("tells the site of a flag and the lot's territorial officer of an escalation", async () => {
    const told = await t.database.db.select().from(notifications);
    const about = (name: string) => told.filter((notice) => notice.link === `/prescriptions/${ids[name]}`);
    expect(new Set(about("late").map((notice) => notice.userId))).toEqual(new Set(staffIds));
    const escalatedTo = about("later").map((notice) => notice.userId);
    expect(escalatedTo).toContain(officerId);
    expect(escalatedTo.some((id) => staffIds.includes(id))).toBe(false);
    expect(about("later")[0]?.message).toContain("45 jours");
  });

  it("does nothing twice when run again", async () => {
    const before = (await t.database.db.select().from(notifications)).length;
    expect(await flagUnansweredReferrals(t.database.db, mail, settings)).toEqual({
      flagged: 0,
      escalated: 0,
      expired: 0,
    });
    expect((await t.database.db.select().from(notifications)).length).toBe(before);
  });

  it("shows the flag in the site's inbox", async () => {
    const staff = await t.sessionAs("training_staff");
    const inbox = await t.request({ method: "GET", url: "/api/referrals?unanswered=true" }, staff);
    const flagged = inbox.json().items.map((item: { id: string }) => item.id);
    expect(flagged).toEqual(expect.arrayContaining([ids.late, ids.later]));
    expect(flagged).not.toContain(ids.fresh);
  });
});
