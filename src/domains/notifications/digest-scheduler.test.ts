import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import { loadConfig } from "../../config";
import type { Database } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { createOrganisation, createUser } from "../accounts/test-fixtures";
import { outboxEmails } from "../mail/mail.tables";
import { startDigestScheduler } from "./digest-scheduler";
import { notifications } from "./notifications.tables";

let database: Database;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase("empty");
  const organisationId = await createOrganisation(database.db, "OF-PLAN", "training_organisation");
  userId = await createUser(database.db, { email: "recap@of.test", role: "training_staff", organisationId });
  await database.db.update(users).set({ notificationFrequency: "daily_digest" }).where(eq(users.id, userId));
});
afterAll(() => database.close());

const notify = (message: string, createdAt: string) =>
  database.db.insert(notifications).values({ userId, message, createdAt: new Date(createdAt) });
const digests = () => database.db.select().from(outboxEmails);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("digest scheduler", () => {
  it("catches up at start, then sends once a day from the configured hour in Paris, and stops cleanly", async () => {
    let now = new Date("2026-01-15T12:00:00Z");
    await notify("Hier matin.", "2026-01-14T10:00:00Z");
    await notify("Ce matin.", "2026-01-15T08:00:00Z");
    const scheduler = startDigestScheduler(
      { database, config: loadConfig({ NOTIFICATION_DIGEST_HOUR: "14" }) },
      { intervalMs: 20, now: () => now },
    );

    // 13:00 in Paris: yesterday's 14:00 digest was missed, and is caught up; this morning's waits.
    await expect.poll(async () => (await digests()).length, { timeout: 5000 }).toBe(1);
    expect((await digests())[0]?.bodyText).toContain("Hier matin.");
    expect((await digests())[0]?.bodyText).not.toContain("Ce matin.");

    now = new Date("2026-01-15T12:59:00Z");
    await pause(100);
    expect(await digests()).toHaveLength(1);

    // 14:00 in Paris: today's digest.
    now = new Date("2026-01-15T13:00:00Z");
    await expect.poll(async () => (await digests()).length, { timeout: 5000 }).toBe(2);
    expect((await digests()).some((email) => email.bodyText.includes("Ce matin."))).toBe(true);
    await notify("Cet après-midi.", "2026-01-15T13:30:00Z");
    now = new Date("2026-01-15T22:00:00Z");
    await pause(100);
    expect(await digests()).toHaveLength(2);

    await scheduler.stop();
    const emailedAt = (await database.db.select().from(notifications)).map((row) => row.emailedAt !== null);
    expect(emailedAt).toEqual([true, true, false]);
  });
});
