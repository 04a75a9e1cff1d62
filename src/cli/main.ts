import { Command, CommanderError } from "commander";
import { DataDirLockedError } from "../db/data-dir-lock";
import { registerDemoCommand } from "./demo.command";
import { registerEvaluationDatasetCommand } from "./evaluation-dataset.command";
import { registerFollowUpsCommand } from "./follow-ups.command";
import { frenchCommanderError, frenchHelpTitle } from "./french-commander";
import { registerIndicatorsCommand } from "./indicators.command";
import { registerInternshipsCommand } from "./internships.command";
import { registerMailCommand } from "./mail.command";
import { registerMigrateCommand } from "./migrate.command";
import { registerNotificationsCommand } from "./notifications.command";
import { registerPlanCommand } from "./plan.command";
import { registerRecordsCommand } from "./records.command";
import { registerReferralsCommand } from "./referrals.command";
import { registerStartCommand } from "./start.command";
import { registerTerritoryCommand } from "./territory.command";
import { registerTripartiteInterviewsCommand } from "./tripartite-interviews.command";
import { registerUserCommand } from "./user.command";

/** `npx amorce`: every command, each with its own `--help`. */
export function buildProgram(): Command {
  const program = new Command("amorce")
    .description("Amorce — le logiciel du dispositif Amorce de Parcours (Région Nouvelle-Aquitaine)")
    .showHelpAfterError("(ajoutez --help pour l'aide)")
    .helpCommand("help [commande]", "affiche l'aide d'une commande")
    .helpOption("-h, --help", "affiche l'aide")
    .configureOutput({ outputError: (text, write) => write(frenchCommanderError(text)) })
    .configureHelp({ styleTitle: frenchHelpTitle })
    .exitOverride();
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerTerritoryCommand(program);
  registerDemoCommand(program);
  registerUserCommand(program);
  registerMailCommand(program);
  registerNotificationsCommand(program);
  registerReferralsCommand(program);
  registerInternshipsCommand(program);
  registerFollowUpsCommand(program);
  registerPlanCommand(program);
  registerRecordsCommand(program);
  registerTripartiteInterviewsCommand(program);
  registerIndicatorsCommand(program);
  registerEvaluationDatasetCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exitCode = 3;
      return;
    }
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
