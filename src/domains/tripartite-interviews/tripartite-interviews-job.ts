import type { Config } from "../../config";
import type { Database } from "../../db/database";
import { type PeriodicJob, startPeriodicJob } from "../../server/periodic-job";
import { mailSettings } from "../accounts/account-emails";
import { runTripartiteInterviews } from "./use-cases/run-interviews";

type Log = { info(details: object, message: string): void; warn(details: object, message: string): void };

/**
 * The tripartite interviews' work every hour while Amorce runs: proposals, due dates kept in step with
 * the plans, reminders to the referents — each proposal and each reminder sent once whatever the
 * interval (see the use case).
 */
export function startTripartiteInterviewsJob(
  deps: { database: Database; config: Config },
  options: { intervalMs?: number; log?: Log } = {},
): PeriodicJob {
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 3_600_000,
    log: options.log,
    failureMessage: "propositions d'entretiens tripartites interrompues, nouvel essai dans une heure",
    run: async () => {
      const run = await runTripartiteInterviews(
        deps.database.db,
        mailSettings(deps.config),
        deps.config.tripartiteInterviews,
      );
      if (run.proposed + run.moved + run.reminded > 0) {
        options.log?.info(run, "entretiens tripartites proposés ou relancés");
      }
    },
  });
}
