import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type PeriodicJob, startPeriodicJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { flagUnansweredReferrals } from "./use-cases/flag-unanswered-referrals";

type Log = { info(details: object, message: string): void; warn(details: object, message: string): void };

/** Follows up unanswered referrals every hour while Amorce runs (each step happens once: see the use case). */
export function startUnansweredReferralsJob(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log } = {},
): PeriodicJob {
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 3_600_000,
    log: options.log,
    failureMessage: "relance des demandes sans réponse interrompue, nouvel essai dans une heure",
    run: async () => {
      const run = await flagUnansweredReferrals(
        deps.database.db,
        mailSettings(deps.config),
        deps.config.referrals,
      );
      if (run.flagged + run.escalated + run.expired > 0) {
        options.log?.info(run, "demandes sans réponse signalées, relayées ou expirées");
      }
    },
  });
}
