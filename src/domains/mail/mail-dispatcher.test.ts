import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import { loadConfig } from "../../config";
import type { Database } from "../../db/database";
import { outboxEmails } from "./mail.tables";
import { dispatchPendingEmails, startMailDispatcher } from "./mail-dispatcher";
import { queueEmail } from "./queue-email";

let database: Database;
let server: SMTPServer;
let smtpUrl: string;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase("empty");
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});
beforeEach(async () => {
  received.length = 0;
  await database.db.delete(outboxEmails);
});

describe("mail dispatcher", () => {
  it("sends each pending e-mail exactly once, even with two dispatchers at work", async () => {
    const db = database.db;
    await queueEmail(db, { to: "un@exemple.test", subject: "Votre accès à Amorce", text: "Bonjour Inès," });
    await queueEmail(db, { to: "deux@exemple.test", subject: "Deuxième", text: "Bonjour Marc," });
    const transport = nodemailer.createTransport(smtpUrl);
    const results = await Promise.all([
      dispatchPendingEmails(db, transport, "Amorce <ne-pas-repondre@amorce.test>"),
      dispatchPendingEmails(db, transport, "Amorce <ne-pas-repondre@amorce.test>"),
    ]);
    await dispatchPendingEmails(db, transport, "Amorce <ne-pas-repondre@amorce.test>");
    transport.close();

    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(2);
    expect(received.map((message) => message.to[0]).sort()).toEqual(["deux@exemple.test", "un@exemple.test"]);
    expect(received.find((message) => message.to[0] === "un@exemple.test")?.raw).toContain("Bonjour In");
    const rows = await db.select().from(outboxEmails);
    expect(rows.every((row) => row.sentAt !== null && row.attempts === 1 && row.lastError === null)).toBe(
      true,
    );
  });

  it("keeps a failed e-mail for later, with the error and a retry time, and does not retry at once", async () => {
    const db = database.db;
    await queueEmail(db, { to: "un@exemple.test", subject: "Sujet", text: "Texte" });
    const failing = { sendMail: () => Promise.reject(new Error("Connexion refusée")) };
    expect(await dispatchPendingEmails(db, failing, "amorce@exemple.test")).toEqual({ sent: 0, failed: 1 });
    const [row] = await db.select().from(outboxEmails);
    expect(row).toMatchObject({ sentAt: null, attempts: 1, lastError: "Connexion refusée" });
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await dispatchPendingEmails(db, failing, "amorce@exemple.test")).toEqual({ sent: 0, failed: 0 });

    await db
      .update(outboxEmails)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(outboxEmails.id, row?.id ?? ""));
    const transport = nodemailer.createTransport(smtpUrl);
    expect(await dispatchPendingEmails(db, transport, "amorce@exemple.test")).toEqual({ sent: 1, failed: 0 });
    transport.close();
    const [sent] = await db.select().from(outboxEmails);
    expect(sent).toMatchObject({ attempts: 2, lastError: null });
    expect(received).toHaveLength(1);
  });

  it("runs in the background when SMTP_URL is set, and stops cleanly", async () => {
    await queueEmail(database.db, { to: "fond@exemple.test", subject: "Sujet", text: "Texte" });
    const dispatcher = startMailDispatcher(
      { database, config: loadConfig({ SMTP_URL: smtpUrl }) },
      { intervalMs: 50 },
    );
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    await dispatcher.stop();
    expect(received[0]?.to).toEqual(["fond@exemple.test"]);
  });

  it("leaves the outbox alone without SMTP_URL", async () => {
    await queueEmail(database.db, { to: "reste@exemple.test", subject: "Sujet", text: "Texte" });
    const dispatcher = startMailDispatcher({ database, config: loadConfig({}) }, { intervalMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dispatcher.stop();
    const [row] = await database.db.select().from(outboxEmails);
    expect(row).toMatchObject({ sentAt: null, attempts: 0 });
  });
});
