import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type PeriodicJob, startPeriodicJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { isDigestDue, latestDigestTime } from "./digest-time";
import { sendDailyDigests } from "./use-cases/send-daily-digests";

type Log = { info(details: object, message: string): void; warn(details: object, message: string): void };

export type DigestScheduler = PeriodicJob;

/**
 * Sends the daily digests once a day, from `NOTIFICATION_DIGEST_HOUR` in Paris: the time is checked
 * every minute, and at start-up a digest missed while stopped is caught up. A run covers the
 * notifications made before that day's digest time, so another process, or a restart, finds nothing
 * left to send until the next day's.
 */
export function startDigestScheduler(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log; now?: () => Date } = {},
): DigestScheduler {
  const hour = deps.config.notificationDigestHour;
  const settings = mailSettings(deps.config);
  const intervalMs = options.intervalMs ?? 60_000;
  const clock = options.now ?? (() => new Date());
  let lastRunAt: Date | null = null;
  return startPeriodicJob({
    intervalMs,
    log: options.log,
    failureMessage: "récapitulatifs quotidiens interrompus, nouvel essai à la prochaine vérification",
    run: async () => {
      const now = clock();
      if (!isDigestDue(now, hour, lastRunAt)) return;
      const sent = await sendDailyDigests(deps.database.db, settings, { upTo: latestDigestTime(now, hour) });
      lastRunAt = now;
      if (sent.users > 0) options.log?.info(sent, "récapitulatifs quotidiens des notifications mis en envoi");
    },
  });
}
