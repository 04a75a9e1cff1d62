import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import { loadConfig } from "../config";
import type { Database } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { createOrganisation, createUser } from "../domains/accounts/test-fixtures";
import { outboxEmails } from "../domains/mail/mail.tables";
import { notifications } from "../domains/notifications/notifications.tables";
import { buildProgram } from "./main";
import { sendDigestsNow } from "./notifications.command";

let database: Database;
const config = loadConfig({ PUBLIC_URL: "https://amorce.example.fr" });

beforeAll(async () => {
  database = await createTestDatabase("empty");
});
afterAll(() => database.close());

describe("amorce notifications digest", () => {
  it("sends at once every notification not yet e-mailed, whatever the hour, then has nothing left", async () => {
    const db = database.db;
    const organisationId = await createOrganisation(db, "OF-CLI", "training_organisation");
    const userId = await createUser(db, { email: "recap@of.test", role: "training_staff", organisationId });
    await db.update(users).set({ notificationFrequency: "daily_digest" }).where(eq(users.id, userId));
    await db.insert(notifications).values([
      { userId, message: "Premier changement.", link: "/prescriptions/1" },
      { userId, message: "Second changement.", link: null },
    ]);

    const now = new Date(Date.now() + 1000);
    expect(await sendDigestsNow(db, config, now)).toBe(
      "1 récapitulatif mis dans la boîte d'envoi (2 notifications).",
    );
    const [email] = await db.select().from(outboxEmails);
    expect(email?.toAddress).toBe("recap@of.test");
    expect(email?.bodyText).toContain("https://amorce.example.fr/prescriptions/1");
    expect(await sendDigestsNow(db, config, now)).toBe(
      "Aucune notification en attente : aucun récapitulatif à envoyer.",
    );
  });

  it("explains itself in French", () => {
    const notificationsCommand = buildProgram().commands.find(
      (command) => command.name() === "notifications",
    );
    expect(notificationsCommand?.commands[0]?.helpInformation()).toContain(
      "met en envoi maintenant les récapitulatifs quotidiens",
    );
  });
});
