import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type HourlyJobOptions, type PeriodicJob, startHourlyJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { remindInternships } from "./use-cases/remind-internships";

/**
 * The internships' follow-up every hour while Amorce runs: reminders, the unsigned-start warning and the
 * tutor's link are each sent once whatever the interval (see the use case); hourly, so that a start
 * warning or an ended internship is seen the same day.
 */
export function startInternshipsJob(
  deps: { database: Database; config: Config },
  options: HourlyJobOptions = {},
): PeriodicJob {
  return startHourlyJob(options, {
    run: () => remindInternships(deps.database.db, mailSettings(deps.config), deps.config.internships),
    doneMessage: "conventions de stage relancées",
    failureMessage: "relance des conventions de stage interrompue, nouvel essai dans une heure",
  });
}
