import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type HourlyJobOptions, type PeriodicJob, startHourlyJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { sendFollowUps } from "./use-cases/send-follow-ups";

/**
 * The follow-up campaigns every hour while Amorce runs: each follow-up is created, sent, reminded and
 * put on the call list once whatever the interval (see the use case).
 */
export function startFollowUpsJob(
  deps: { database: Database; config: Config },
  options: HourlyJobOptions = {},
): PeriodicJob {
  return startHourlyJob(options, {
    run: () => sendFollowUps(deps.database.db, mailSettings(deps.config), deps.config.followUps),
    doneMessage: "questionnaires de suivi envoyés",
    failureMessage: "envoi des questionnaires de suivi interrompu, nouvel essai dans une heure",
  });
}
