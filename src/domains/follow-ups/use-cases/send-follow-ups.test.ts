import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tests/support/test-database";
import type { Database } from "../../../db/database";
import { demoAccount } from "../../../demo/demo-accounts";
import { users } from "../../accounts/accounts.tables";
import { notifications } from "../../notifications/notifications.tables";
import { pathways } from "../../pathways/pathways.tables";
import { enterTrainee, type TestTrainee } from "../../pathways/test-fixtures";
import { people } from "../../people/people.tables";
import { CALL_LIST_PAGE } from "../call-list-notice";
import { followUps } from "../follow-ups.tables";
import {
  exitPathway,
  FOLLOW_UP_MONTHS_ALL,
  FOLLOW_UP_SETTINGS,
  followUpEmailCount,
  MAIL,
} from "../test-fixtures";
import { sendFollowUps } from "./send-follow-ups";

/** The follow-up campaigns' job: when a follow-up is created and sent, reminded, call-listed; never twice. */
describe("sending follow-ups", () => {
  let database: Database;
  let trainee: TestTrainee;
  let address: string;
  const run = (iso: string, settings = FOLLOW_UP_SETTINGS) =>
    sendFollowUps(database.db, MAIL, settings, new Date(iso));
  const followUpsOf = (pathwayId: string) =>
    database.db.select().from(followUps).where(eq(followUps.pathwayId, pathwayId));

  beforeAll(async () => {
    database = await createTestDatabase();
    trainee = await enterTrainee(database.db, { entryDate: "2026-05-04" });
    await exitPathway(database.db, trainee.pathwayId, "2026-08-31");
    const [person] = await database.db.select().from(people).where(eq(people.id, trainee.personId));
    address = person?.email ?? "";
  });
  afterAll(() => database.close());

  it("creates nothing before the due day (31 August + 6 months = 28 February)", async () => {
    await run("2027-02-27T12:00:00Z");
    expect(await followUpsOf(trainee.pathwayId)).toHaveLength(0);
  });

  it("creates and sends the follow-up on its due day, once", async () => {
    await run("2027-02-28T08:00:00Z");
    const [followUp, ...others] = await followUpsOf(trainee.pathwayId);
    expect(others).toHaveLength(0);
    expect(followUp).toMatchObject({
      months: 6,
      dueDate: "2027-02-28",
      reminderCount: 0,
      callListedAt: null,
    });
    expect(followUp?.sentAt?.toISOString()).toBe("2027-02-28T08:00:00.000Z");
    expect(followUp?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await followUpEmailCount(database.db, address)).toBe(1);
    await run("2027-02-28T09:00:00Z");
    await run("2027-03-06T09:00:00Z");
    expect(await followUpsOf(trainee.pathwayId)).toHaveLength(1);
    expect(await followUpEmailCount(database.db, address)).toBe(1);
  });

  it("reminds every 7 days with a new link, twice, then puts it on the call list, once", async () => {
    const before = (await followUpsOf(trainee.pathwayId))[0]?.tokenHash;
    await run("2027-03-07T08:00:00Z");
    const [reminded] = await followUpsOf(trainee.pathwayId);
    expect(reminded?.reminderCount).toBe(1);
    expect(reminded?.tokenHash).not.toBe(before);
    await run("2027-03-10T08:00:00Z");
    await run("2027-03-14T08:00:00Z");
    expect((await followUpsOf(trainee.pathwayId))[0]?.reminderCount).toBe(2);
    expect(await followUpEmailCount(database.db, address)).toBe(3);
    await run("2027-03-21T07:59:00Z");
    expect((await followUpsOf(trainee.pathwayId))[0]?.callListedAt).toBeNull();
    await run("2027-03-21T08:00:00Z");
    const [listed] = await followUpsOf(trainee.pathwayId);
    expect(listed?.callListedAt?.toISOString()).toBe("2027-03-21T08:00:00.000Z");
    await run("2027-06-01T08:00:00Z");
    const [after] = await followUpsOf(trainee.pathwayId);
    expect(after?.callListedAt?.toISOString()).toBe("2027-03-21T08:00:00.000Z");
    expect(after?.reminderCount).toBe(2);
    expect(await followUpEmailCount(database.db, address)).toBe(3);
  });

  it("puts a former trainee without an e-mail address straight on the call list", async () => {
    const silent = await enterTrainee(database.db, { entryDate: "2026-05-04", email: null });
    await exitPathway(database.db, silent.pathwayId, "2026-09-15");
    await run("2027-03-15T08:00:00Z");
    const [followUp] = await followUpsOf(silent.pathwayId);
    expect(followUp).toMatchObject({ sentAt: null, tokenHash: null });
    expect(followUp?.callListedAt?.toISOString()).toBe("2027-03-15T08:00:00.000Z");
    const told = await database.db
      .select({ message: notifications.message })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(
        and(eq(users.email, demoAccount("training_staff").email), eq(notifications.link, CALL_LIST_PAGE)),
      );
    expect(told.map((row) => row.message)).toContain(
      "1 ancien·ne stagiaire n'a pas répondu au questionnaire de suivi : il ou elle est à appeler.",
    );
  });

  it("leaves imported pathways alone: their answers came with them", async () => {
    const imported = await enterTrainee(database.db, { entryDate: "2025-01-06" });
    await exitPathway(database.db, imported.pathwayId, "2025-06-30");
    await database.db
      .update(pathways)
      .set({ source: "prf_2024", sourceRecordId: "R-1" })
      .where(eq(pathways.id, imported.pathwayId));
    await run("2027-03-15T09:00:00Z");
    expect(await followUpsOf(imported.pathwayId)).toHaveLength(0);
  });

  it("runs the 3- and 12-month follow-ups too when configured, each once", async () => {
    const many = await enterTrainee(database.db, { entryDate: "2026-01-05" });
    await exitPathway(database.db, many.pathwayId, "2026-04-30");
    const settings = { ...FOLLOW_UP_SETTINGS, months: FOLLOW_UP_MONTHS_ALL };
    await run("2027-04-29T08:00:00Z", settings);
    expect((await followUpsOf(many.pathwayId)).map((row) => [row.months, row.dueDate]).sort()).toEqual([
      [3, "2026-07-30"],
      [6, "2026-10-30"],
    ]);
    await run("2027-04-30T08:00:00Z", settings);
    await run("2027-04-30T09:00:00Z", settings);
    expect((await followUpsOf(many.pathwayId)).map((row) => row.months).sort((a, b) => a - b)).toEqual([
      3, 6, 12,
    ]);
  });

  it("sends once when two runs start at the same time", async () => {
    const trainees = await Promise.all(
      [1, 2, 3].map(async (index) => {
        const one = await enterTrainee(database.db, {
          entryDate: "2026-06-01",
          email: `ensemble.${index}.${crypto.randomUUID().slice(0, 6)}@example.test`,
        });
        await exitPathway(database.db, one.pathwayId, "2026-10-20");
        return one;
      }),
    );
    await Promise.all([run("2027-04-20T08:00:00Z"), run("2027-04-20T08:00:00Z")]);
    for (const one of trainees) {
      const rows = await followUpsOf(one.pathwayId);
      expect(rows).toHaveLength(1);
      const [person] = await database.db.select().from(people).where(eq(people.id, one.personId));
      expect(await followUpEmailCount(database.db, person?.email ?? "")).toBe(1);
    }
  });
});
