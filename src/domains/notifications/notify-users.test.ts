import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import type { Database } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { users } from "../accounts/accounts.tables";
import { createOrganisation, createUser } from "../accounts/test-fixtures";
import { outboxEmails } from "../mail/mail.tables";
import { notifications } from "./notifications.tables";
import { notifyUsers } from "./notify-users";

const settings: MailSettings = { publicUrl: "https://amorce.example.fr", regionName: "Région Test" };
const notice = { message: "La prescription de Léa Martin a été acceptée.", link: "/prescriptions/42" };

let database: Database;
let immediate: string;
let digest: string;
let inactive: string;

beforeAll(async () => {
  database = await createTestDatabase("empty");
  const db = database.db;
  const organisationId = await createOrganisation(db, "OF-NOTIF", "training_organisation");
  immediate = await createUser(db, { email: "immediat@of.test", role: "training_staff", organisationId });
  digest = await createUser(db, { email: "recap@of.test", role: "training_staff", organisationId });
  inactive = await createUser(db, {
    email: "parti@of.test",
    role: "training_staff",
    organisationId,
    active: false,
  });
  await db.update(users).set({ notificationFrequency: "daily_digest" }).where(eq(users.id, digest));
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(notifications);
  await database.db.delete(outboxEmails);
});

describe("notifyUsers", () => {
  it("notifies in the app, and e-mails at once only those who chose immediate e-mails", async () => {
    const db = database.db;
    await notifyUsers(db, settings, [immediate, digest], notice);

    const rows = await db.select().from(notifications);
    expect(rows).toHaveLength(2);
    const forImmediate = rows.find((row) => row.userId === immediate);
    const forDigest = rows.find((row) => row.userId === digest);
    expect(forImmediate).toMatchObject({ message: notice.message, link: notice.link, readAt: null });
    expect(forImmediate?.emailedAt).toBeInstanceOf(Date);
    expect(forDigest).toMatchObject({ message: notice.message, link: notice.link, emailedAt: null });

    const emails = await db.select().from(outboxEmails);
    expect(emails.map((email) => email.toAddress)).toEqual(["immediat@of.test"]);
    expect(emails[0]?.subject).toBe(`Amorce — ${notice.message}`);
    expect(emails[0]?.bodyText).toContain("https://amorce.example.fr/prescriptions/42");
    expect(emails[0]?.bodyText).toContain("L'équipe Amorce — Région Test");
  });

  it("skips inactive users", async () => {
    const db = database.db;
    await notifyUsers(db, settings, [inactive, digest], notice);
    expect((await db.select().from(notifications)).map((row) => row.userId)).toEqual([digest]);
    expect(await db.select().from(outboxEmails)).toEqual([]);
  });

  it("notifies each user once, whatever duplicates or missing ids it is given", async () => {
    const db = database.db;
    await notifyUsers(db, settings, [immediate, null, immediate, undefined, immediate], notice);
    expect(await db.select().from(notifications)).toHaveLength(1);
    expect(await db.select().from(outboxEmails)).toHaveLength(1);
  });

  it("does nothing without anyone to notify", async () => {
    const db = database.db;
    await notifyUsers(db, settings, [null, undefined], notice);
    expect(await db.select().from(notifications)).toEqual([]);
  });

  it("writes in the caller's transaction: rolled back, neither the notification nor the e-mail remains", async () => {
    const db = database.db;
    await expect(
      db.transaction(async (tx) => {
        await notifyUsers(tx, settings, [immediate, digest], notice);
        expect(await tx.select().from(notifications)).toHaveLength(2);
        expect(await tx.select().from(outboxEmails)).toHaveLength(1);
        throw new Error("le changement échoue");
      }),
    ).rejects.toThrow("le changement échoue");
    expect(await db.select().from(notifications)).toEqual([]);
    expect(await db.select().from(outboxEmails)).toEqual([]);
  });
});
