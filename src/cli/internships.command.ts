import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { mailSettings } from "../domains/accounts/account-emails";
import { type InternshipRun, remindInternships } from "../domains/internships/use-cases/remind-internships";

export function registerInternshipsCommand(program: Command) {
  const internships = program.command("internships").description("les stages en entreprise");
  internships
    .command("remind")
    .description(
      "relance maintenant les signataires des conventions (tous les 3 jours, 3 fois au plus, avec un nouveau lien), prévient l'organisme la veille d'un stage non signé, envoie au tuteur le lien de son avis à la fin du stage (fait aussi chaque heure par start)",
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce internships remind" });
      try {
        console.log(
          describeRun(await remindInternships(database.db, mailSettings(config), config.internships)),
        );
      } finally {
        await database.close();
      }
    });
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

export function describeRun(run: InternshipRun): string {
  if (run.reminded + run.unsignedTomorrow + run.assessmentLinks === 0) return "Aucune relance à faire.";
  return [
    plural(run.reminded, "signataire relancé·e", "signataires relancé·e·s"),
    plural(run.unsignedTomorrow, "stage non signé signalé", "stages non signés signalés"),
    plural(run.assessmentLinks, "lien d'avis envoyé", "liens d'avis envoyés"),
  ]
    .join(", ")
    .concat(".");
}
