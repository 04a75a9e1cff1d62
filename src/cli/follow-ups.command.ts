import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { mailSettings } from "../domains/accounts/account-emails";
import { type FollowUpRun, runIsEmpty, sendFollowUps } from "../domains/follow-ups/use-cases/send-follow-ups";

export function registerFollowUpsCommand(program: Command) {
  const followUps = program.command("follow-ups").description("le suivi des anciens stagiaires");
  followUps
    .command("send")
    .description(
      "crée les suivis arrivés à échéance (6 mois après la sortie, FOLLOW_UP_MONTHS), envoie le questionnaire, relance, puis inscrit sur la liste d'appels (fait aussi chaque heure par start)",
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce follow-ups send" });
      try {
        console.log(describeRun(await sendFollowUps(database.db, mailSettings(config), config.followUps)));
      } finally {
        await database.close();
      }
    });
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

export function describeRun(run: FollowUpRun): string {
  if (runIsEmpty(run)) return "Aucun suivi à envoyer.";
  return [
    plural(run.created, "suivi arrivé à échéance", "suivis arrivés à échéance"),
    plural(run.sent, "questionnaire envoyé", "questionnaires envoyés"),
    plural(run.reminded, "relance", "relances"),
    plural(run.callListed, "ancien·ne stagiaire à appeler", "ancien·ne·s stagiaires à appeler"),
  ]
    .join(", ")
    .concat(".");
}
