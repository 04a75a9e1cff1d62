import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type HourlyJobOptions, type PeriodicJob, startHourlyJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { runTripartiteInterviews } from "./use-cases/run-interviews";

/**
 * The tripartite interviews' work every hour while Amorce runs: proposals, due dates kept in step with
 * the plans, reminders to the referents — each proposal and each reminder sent once whatever the
 * interval (see the use case).
 */
export function startTripartiteInterviewsJob(
  deps: { database: Database; config: Config },
  options: HourlyJobOptions = {},
): PeriodicJob {
  return startHourlyJob(options, {
    run: () =>
      runTripartiteInterviews(deps.database.db, mailSettings(deps.config), deps.config.tripartiteInterviews),
    doneMessage: "entretiens tripartites proposés ou relancés",
    failureMessage: "propositions d'entretiens tripartites interrompues, nouvel essai dans une heure",
  });
}
