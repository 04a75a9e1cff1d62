import type { Command } from "commander";
import { loadConfig } from "../config";
import type { Db } from "../db/database";
import { openDatabase } from "../db/open";
import { recentEmails } from "../domains/mail/recent-emails";

export function registerMailCommand(program: Command) {
  const mail = program.command("mail").description("les e-mails d'Amorce");
  mail
    .command("outbox")
    .description("affiche les derniers e-mails de la boîte d'envoi, du plus récent au plus ancien")
    .option("--limit <nombre>", "nombre d'e-mails à afficher", "10")
    .action(async (options: { limit: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new Error("--limit : indiquez un nombre entier entre 1 et 1000.");
      }
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce mail outbox" });
      try {
        console.log(await formatOutbox(database.db, limit));
      } finally {
        await database.close();
      }
    });
}

export async function formatOutbox(db: Db, limit: number): Promise<string> {
  const emails = await recentEmails(db, limit);
  if (emails.length === 0) return "La boîte d'envoi est vide.";
  return emails
    .map((email) =>
      [
        "─".repeat(72),
        `À       : ${email.toAddress}`,
        `Objet   : ${email.subject}`,
        `Créé le : ${parisTime(email.createdAt)}${email.sentAt ? ` — envoyé le ${parisTime(email.sentAt)}` : " — pas encore envoyé"}`,
        "",
        email.bodyText,
      ].join("\n"),
    )
    .join("\n\n");
}

const parisTime = (iso: string) => new Date(iso).toLocaleString("fr-FR", { timeZone: "Europe/Paris" });
