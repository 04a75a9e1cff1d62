import type { Command } from "commander";
import { resetDemo } from "../demo/database-state";
import { withDatabase } from "./with-database";

export function registerDemoCommand(program: Command) {
  const demo = program.command("demo").description("gère les données de démonstration (illustratives)");
  demo
    .command("reset")
    .description(
      "efface toutes les données (territoire, comptes, parcours, journal) puis recharge la démonstration",
    )
    .option("--yes", "confirme l'effacement de toutes les données")
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) {
        console.error(
          "Cette commande efface toutes les données de la base. Relancez-la avec --yes pour confirmer.",
        );
        process.exitCode = 1;
        return;
      }
      await withDatabase("amorce demo reset", resetDemo);
      console.log("Données de démonstration rechargées.");
    });
}
