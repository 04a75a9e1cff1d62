import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { mailSettings } from "../domains/accounts/account-emails";
import {
  type InterviewRun,
  runTripartiteInterviews,
} from "../domains/tripartite-interviews/use-cases/run-interviews";

export function registerTripartiteInterviewsCommand(program: Command) {
  const interviews = program
    .command("tripartite-interviews")
    .description("les entretiens tripartites de fin de parcours");
  interviews
    .command("propose")
    .description(
      "propose maintenant l'entretien tripartite des parcours dont la fin prévue approche (TRIPARTITE_INTERVIEW_WEEKS semaines avant), suit les changements de date de fin, relance les référent·e·s tous les 7 jours tant qu'il n'est pas tenu (fait aussi chaque heure par start)",
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce tripartite-interviews propose" });
      try {
        console.log(
          describeRun(
            await runTripartiteInterviews(database.db, mailSettings(config), config.tripartiteInterviews),
          ),
        );
      } finally {
        await database.close();
      }
    });
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

export function describeRun(run: InterviewRun): string {
  if (run.proposed + run.moved + run.reminded === 0)
    return "Aucun entretien tripartite à proposer ni à relancer.";
  return [
    plural(run.proposed, "entretien proposé", "entretiens proposés"),
    plural(run.moved, "date d'échéance suivie", "dates d'échéance suivies"),
    plural(run.reminded, "référent·e relancé·e", "référent·e·s relancé·e·s"),
  ]
    .join(", ")
    .concat(".");
}
