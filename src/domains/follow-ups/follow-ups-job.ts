import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type PeriodicJob, startPeriodicJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { runIsEmpty, sendFollowUps } from "./use-cases/send-follow-ups";

type Log = { info(details: object, message: string): void; warn(details: object, message: string): void };

/**
 * The follow-up campaigns every hour while Amorce runs: each follow-up is created, sent, reminded and
 * put on the call list once whatever the interval (see the use case).
 */
export function startFollowUpsJob(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log } = {},
): PeriodicJob {
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 3_600_000,
    log: options.log,
    failureMessage: "envoi des questionnaires de suivi interrompu, nouvel essai dans une heure",
    run: async () => {
      const run = await sendFollowUps(deps.database.db, mailSettings(deps.config), deps.config.followUps);
      if (!runIsEmpty(run)) options.log?.info(run, "questionnaires de suivi envoyés");
    },
  });
}
