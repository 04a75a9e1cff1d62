import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type HourlyJobOptions, type PeriodicJob, startHourlyJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { flagUnansweredReferrals } from "./use-cases/flag-unanswered-referrals";

/** Follows up unanswered referrals every hour while Amorce runs (each step happens once: see the use case). */
export function startUnansweredReferralsJob(
  deps: { database: Database; config: Config },
  options: HourlyJobOptions = {},
): PeriodicJob {
  return startHourlyJob(options, {
    run: () => flagUnansweredReferrals(deps.database.db, mailSettings(deps.config), deps.config.referrals),
    doneMessage: "demandes sans réponse signalées, relayées ou expirées",
    failureMessage: "relance des demandes sans réponse interrompue, nouvel essai dans une heure",
  });
}
