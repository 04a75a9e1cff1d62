import type { Command } from "commander";
import { type Config, loadConfig } from "../config";
import type { Db } from "../db/database";
import { openDatabase } from "../db/open";
import { mailSettings } from "../domains/accounts/account-emails";
import { sendDailyDigests } from "../domains/notifications/use-cases/send-daily-digests";

export function registerNotificationsCommand(program: Command) {
  const notifications = program.command("notifications").description("les notifications des utilisateurs");
  notifications
    .command("digest")
    .description(
      "met en envoi maintenant les récapitulatifs quotidiens : à chaque utilisateur, un e-mail de ses notifications pas encore envoyées, sans attendre l'heure prévue (NOTIFICATION_DIGEST_HOUR)",
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce notifications digest" });
      try {
        console.log(await sendDigestsNow(database.db, config, new Date()));
      } finally {
        await database.close();
      }
    });
}

/** Sends every notification not yet e-mailed, in one digest per user; returns what to print. */
export async function sendDigestsNow(db: Db, config: Config, now: Date): Promise<string> {
  const run = await sendDailyDigests(db, mailSettings(config), { upTo: now });
  if (run.users === 0) return "Aucune notification en attente : aucun récapitulatif à envoyer.";
  const digests = run.users === 1 ? "1 récapitulatif mis" : `${run.users} récapitulatifs mis`;
  const listed = run.notifications === 1 ? "1 notification" : `${run.notifications} notifications`;
  return `${digests} dans la boîte d'envoi (${listed}).`;
}
