import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { buildApp } from "../server/app";

export function registerStartCommand(program: Command) {
  program
    .command("start")
    .description(
      "démarre Amorce (API et interface web) ; charge les données de démonstration dans une base vide",
    )
    .option("--no-demo", "ne charge pas les données de démonstration dans une base vide")
    .action(async (options: { demo: boolean }) => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce start" });
      const app = await buildApp({ database, config });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, "arrêt en cours : les requêtes commencées se terminent");
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("SIGTERM", () => void stop("SIGTERM"));
      await app.listen({ port: config.port, host: config.host });
      console.log(`\nAmorce est prêt : ${config.publicUrl}${options.demo ? "" : " (sans démonstration)"}`);
    });
}
