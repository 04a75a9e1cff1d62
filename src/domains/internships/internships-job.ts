import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type PeriodicJob, startPeriodicJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { remindInternships } from "./use-cases/remind-internships";

type Log = { info(details: object, message: string): void; warn(details: object, message: string): void };

/**
 * The internships' follow-up every hour while Amorce runs: reminders, the unsigned-start warning and the
 * tutor's link are each sent once whatever the interval (see the use case); hourly, so that a start
 * warning or an ended internship is seen the same day.
 */
export function startInternshipsJob(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log } = {},
): PeriodicJob {
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 3_600_000,
    log: options.log,
    failureMessage: "relance des conventions de stage interrompue, nouvel essai dans une heure",
    run: async () => {
      const run = await remindInternships(
        deps.database.db,
        mailSettings(deps.config),
        deps.config.internships,
      );
      if (run.reminded + run.unsignedTomorrow + run.assessmentLinks > 0) {
        options.log?.info(run, "conventions de stage relancées");
      }
    },
  });
}
