import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { isDatabaseEmpty } from "../demo/database-state";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/demo-accounts";
import { isDemoLoaded, loadDemoData } from "../demo/load-demo-data";
import { ROLE_LABELS } from "../domains/accounts/roles";
import { startFollowUpsJob } from "../domains/follow-ups/follow-ups-job";
import { startInternshipsJob } from "../domains/internships/internships-job";
import { startMailDispatcher } from "../domains/mail/mail-dispatcher";
import { startDigestScheduler } from "../domains/notifications/digest-scheduler";
import { startUnansweredReferralsJob } from "../domains/referrals/unanswered-referrals-job";
import { startTripartiteInterviewsJob } from "../domains/tripartite-interviews/tripartite-interviews-job";
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
      if (options.demo && (await isDatabaseEmpty(database.db))) {
        console.log("Base de données vide : chargement des données de démonstration (illustratives)…");
        await loadDemoData(database.db);
      }
      const app = await buildApp({ database, config });
      const mailDispatcher = startMailDispatcher({ database, config }, { log: app.log });
      const digestScheduler = startDigestScheduler({ database, config }, { log: app.log });
      const unansweredReferrals = startUnansweredReferralsJob({ database, config }, { log: app.log });
      const internshipsJob = startInternshipsJob({ database, config }, { log: app.log });
      const tripartiteInterviewsJob = startTripartiteInterviewsJob({ database, config }, { log: app.log });
      const followUpsJob = startFollowUpsJob({ database, config }, { log: app.log });
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.log.info({ signal }, "arrêt en cours : les requêtes commencées se terminent");
        await app.close();
        await digestScheduler.stop();
        await unansweredReferrals.stop();
        await internshipsJob.stop();
        await tripartiteInterviewsJob.stop();
        await followUpsJob.stop();
        await mailDispatcher.stop();
        await database.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("SIGTERM", () => void stop("SIGTERM"));
      await app.listen({ port: config.port, host: config.host });
      console.log(`\nAmorce est prêt : ${config.publicUrl}`);
      if (await isDemoLoaded(database.db)) console.log(demoAccountsNotice());
    });
}

/** The demo accounts, to sign in right away; the data they see is illustrative. */
function demoAccountsNotice(): string {
  const lines = DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(34)} ${ROLE_LABELS[account.role]}`);
  return [
    "\nDonnées de démonstration (illustratives). Comptes de démonstration :",
    ...lines,
    `Mot de passe de tous ces comptes : ${DEMO_PASSWORD}`,
  ].join("\n");
}
