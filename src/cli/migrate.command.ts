import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";

export function registerMigrateCommand(program: Command) {
  program
    .command("migrate")
    .description(
      "met la base de données à jour (migrations et données de référence), sans données de démonstration",
    )
    .action(async () => {
      const database = await openDatabase(loadConfig(), { command: "amorce migrate" });
      await database.close();
      console.log("Base de données à jour.");
    });
}
