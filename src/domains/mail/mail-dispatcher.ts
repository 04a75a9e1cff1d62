import { and, asc, eq, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../../config";
import type { Database, Db } from "../../db/database";
import { startPeriodicJob } from "../../server/periodic-job";
import { outboxEmails } from "./mail.tables";
import { MAX_SEND_ATTEMPTS, retryDelayMs } from "./retry-schedule";

/** A claimed row is left alone by other dispatchers for this long, then retried if still unsent. */
const CLAIM_LEASE_MS = 10 * 60 * 1000;
const BATCH_SIZE = 20;

type Log = { warn(details: object, message: string): void };

/**
 * Sends the outbox's due e-mails once each. Rows are claimed first (attempt counted, retry time pushed
 * past the lease) so that two dispatchers never pick the same row; then each is sent and marked sent,
 * or rescheduled with a growing delay.
 */
export async function dispatchPendingEmails(
  db: Db,
  transport: Pick<Transporter, "sendMail">,
  mailFrom: string,
  log?: Log,
): Promise<{ sent: number; failed: number }> {
  // Due times are compared on the database's clock, which also stamped `next_attempt_at` (to the
  // microsecond): an e-mail queued in this very millisecond is due.
  const due = db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(
      and(
        isNull(outboxEmails.sentAt),
        lte(outboxEmails.nextAttemptAt, sql`now()`),
        lt(outboxEmails.attempts, MAX_SEND_ATTEMPTS),
      ),
    )
    .orderBy(asc(outboxEmails.nextAttemptAt))
    .limit(BATCH_SIZE)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(outboxEmails)
    .set({
      attempts: sql`${outboxEmails.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${CLAIM_LEASE_MS / 1000})`,
    })
    .where(and(inArray(outboxEmails.id, due), isNull(outboxEmails.sentAt)))
    .returning();

  let sent = 0;
  for (const email of claimed) {
    try {
      await transport.sendMail({
        from: mailFrom,
        to: email.toAddress,
        subject: email.subject,
        text: email.bodyText,
      });
      await db
        .update(outboxEmails)
        .set({ sentAt: new Date(), lastError: null })
        .where(eq(outboxEmails.id, email.id));
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(outboxEmails)
        .set({
          lastError: message.slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(email.attempts)),
        })
        .where(eq(outboxEmails.id, email.id));
      log?.warn({ emailId: email.id, attempts: email.attempts }, "e-mail non envoyé, nouvel essai prévu");
    }
  }
  return { sent, failed: claimed.length - sent };
}

export type MailDispatcher = { stop(): Promise<void> };

/**
 * Sends the outbox through `SMTP_URL` every few seconds. Without `SMTP_URL`, e-mails stay in the
 * outbox, where the demo shows them.
 */
export function startMailDispatcher(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log } = {},
): MailDispatcher {
  const { smtpUrl, mailFrom } = deps.config;
  if (!smtpUrl) return { stop: async () => {} };
  const transport = nodemailer.createTransport(smtpUrl);
  const intervalMs = options.intervalMs ?? 5000;
  const job = startPeriodicJob({
    intervalMs,
    log: options.log,
    failureMessage: "envoi des e-mails interrompu",
    run: () => dispatchPendingEmails(deps.database.db, transport, mailFrom, options.log),
  });
  return {
    async stop() {
      await job.stop();
      transport.close();
    },
  };
}
