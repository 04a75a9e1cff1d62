import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tests/support/test-database";
import type { Database } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { users } from "../../accounts/accounts.tables";
import { createOrganisation, createUser } from "../../accounts/test-fixtures";
import { outboxEmails } from "../../mail/mail.tables";
import { DIGEST_MAX_LISTED } from "../digest-email";
import { notifications } from "../notifications.tables";
import { notifyUsers } from "../notify-users";
import { sendDailyDigests } from "./send-daily-digests";

const settings: MailSettings = { publicUrl: "https://amorce.example.fr", regionName: "Région Test" };
const digestTime = new Date("2026-01-15T16:00:00Z");
const beforeDigest = new Date("2026-01-15T09:30:00Z");
const afterDigest = new Date("2026-01-15T16:30:00Z");

let database: Database;
let organisationId: string;
let claire: string;
let marc: string;

async function digestUser(email: string, active = true): Promise<string> {
  const id = await createUser(database.db, { email, role: "training_staff", organisationId, active });
  await database.db.update(users).set({ notificationFrequency: "daily_digest" }).where(eq(users.id, id));
  return id;
}

async function notification(userId: string, message: string, createdAt: Date, link: string | null = null) {
  await database.db.insert(notifications).values({ userId, message, link, createdAt });
}

beforeAll(async () => {
  database = await createTestDatabase("empty");
  organisationId = await createOrganisation(database.db, "OF-RECAP", "training_organisation");
  claire = await digestUser("claire@of.test");
  marc = await digestUser("marc@of.test");
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.db.delete(notifications);
  await database.db.delete(outboxEmails);
});

describe("sendDailyDigests", () => {
  it("e-mails each user one digest of their notifications made before the digest time, with links", async () => {
    const db = database.db;
    await notification(
      claire,
      "La prescription de Léa Martin a été acceptée.",
      beforeDigest,
      "/prescriptions/1",
    );
    await notification(claire, "Une information collective a été ajoutée.", new Date("2026-01-15T10:00:00Z"));
    await notification(claire, "Arrivée après l'heure.", afterDigest, "/prescriptions/2");
    await notification(marc, "La prescription de Noé Petit a été refusée.", beforeDigest, "/prescriptions/3");

    expect(await sendDailyDigests(db, settings, { upTo: digestTime })).toEqual({
      users: 2,
      notifications: 3,
    });

    const emails = await db.select().from(outboxEmails);
    expect(emails.map((email) => email.toAddress).sort()).toEqual(["claire@of.test", "marc@of.test"]);
    const toClaire = emails.find((email) => email.toAddress === "claire@of.test");
    expect(toClaire?.subject).toBe("Amorce — votre récapitulatif quotidien (2 notifications)");
    expect(toClaire?.bodyText).toContain("Bonjour Personne claire@of.test,");
    expect(toClaire?.bodyText).toContain(
      "• La prescription de Léa Martin a été acceptée. (15/01/2026 10:30)\n  https://amorce.example.fr/prescriptions/1",
    );
    expect(toClaire?.bodyText).toContain("• Une information collective a été ajoutée. (15/01/2026 11:00)");
    expect(toClaire?.bodyText).not.toContain("Arrivée après l'heure.");
    expect(toClaire?.bodyText).toContain(
      "Toutes vos notifications : https://amorce.example.fr/notifications",
    );
    expect(toClaire?.bodyText).toContain("L'équipe Amorce — Région Test");

    const late = await db.select().from(notifications).where(eq(notifications.createdAt, afterDigest));
    expect(late[0]?.emailedAt).toBeNull();
    const rest = (await db.select().from(notifications)).filter((row) => row.createdAt < digestTime);
    expect(rest.every((row) => row.emailedAt instanceof Date)).toBe(true);
  });

  it("never sends a digest twice: a second run the same day finds nothing", async () => {
    const db = database.db;
    await notification(claire, "Premier changement.", beforeDigest);
    await sendDailyDigests(db, settings, { upTo: digestTime });
    expect(await sendDailyDigests(db, settings, { upTo: digestTime })).toEqual({
      users: 0,
      notifications: 0,
    });
    expect(await db.select().from(outboxEmails)).toHaveLength(1);
  });

  it("sends each digest once when two runs work at the same time", async () => {
    const db = database.db;
    const people = [claire, marc];
    for (let index = 0; index < 6; index++) people.push(await digestUser(`concurrent-${index}@of.test`));
    for (const userId of people) {
      for (let index = 0; index < 3; index++)
        await notification(userId, `Changement ${index}.`, beforeDigest);
    }

    const runs = await Promise.all([
      sendDailyDigests(db, settings, { upTo: digestTime }),
      sendDailyDigests(db, settings, { upTo: digestTime }),
    ]);

    expect(runs.reduce((total, run) => total + run.users, 0)).toBe(people.length);
    expect(runs.reduce((total, run) => total + run.notifications, 0)).toBe(people.length * 3);
    const emails = await db.select().from(outboxEmails);
    expect(emails).toHaveLength(people.length);
    expect(new Set(emails.map((email) => email.toAddress)).size).toBe(people.length);
    expect(emails.every((email) => email.subject.endsWith("(3 notifications)"))).toBe(true);
  });

  it("leaves out immediate e-mails already sent and inactive users", async () => {
    const db = database.db;
    const immediate = await createUser(db, {
      email: "immediat@of.test",
      role: "training_staff",
      organisationId,
    });
    const gone = await digestUser("parti@of.test", false);
    await notifyUsers(db, settings, [immediate], { message: "Déjà envoyé.", link: "/prescriptions/4" });
    await notification(gone, "Pour un compte désactivé.", beforeDigest);
    await db.delete(outboxEmails);

    expect(await sendDailyDigests(db, settings, { upTo: new Date(Date.now() + 1000) })).toEqual({
      users: 0,
      notifications: 0,
    });
    expect(await db.select().from(outboxEmails)).toEqual([]);
  });

  it("lists the first notifications of a long digest and says how many more there are", async () => {
    const db = database.db;
    for (let index = 0; index < DIGEST_MAX_LISTED + 3; index++) {
      await notification(
        marc,
        `Changement numéro ${index}.`,
        new Date(beforeDigest.getTime() + index * 1000),
      );
    }
    expect(await sendDailyDigests(db, settings, { upTo: digestTime })).toEqual({
      users: 1,
      notifications: DIGEST_MAX_LISTED + 3,
    });
    const [email] = await db.select().from(outboxEmails);
    expect(email?.subject).toBe(
      `Amorce — votre récapitulatif quotidien (${DIGEST_MAX_LISTED + 3} notifications)`,
    );
    expect(email?.bodyText).toContain(`Changement numéro ${DIGEST_MAX_LISTED - 1}.`);
    expect(email?.bodyText).not.toContain(`Changement numéro ${DIGEST_MAX_LISTED}.`);
    expect(email?.bodyText).toContain("… et 3 de plus.");
  });
});
