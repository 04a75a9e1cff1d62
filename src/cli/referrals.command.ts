import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase } from "../db/open";
import { mailSettings } from "../domains/accounts/account-emails";
import {
  type FlagRun,
  flagUnansweredReferrals,
} from "../domains/referrals/use-cases/flag-unanswered-referrals";

export function registerReferralsCommand(program: Command) {
  const referrals = program.command("referrals").description("les prescriptions et auto-positionnements");
  referrals
    .command("flag-unanswered")
    .description(
      "relance maintenant les demandes sans réponse : signalées au site après REFERRAL_UNANSWERED_DAYS jours, au ou à la chargé·e de mission REFERRAL_ESCALATION_DAYS jours plus tard, expirées après REFERRAL_EXPIRY_DAYS jours (fait aussi chaque heure par start)",
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce referrals flag-unanswered" });
      try {
        console.log(
          describeRun(await flagUnansweredReferrals(database.db, mailSettings(config), config.referrals)),
        );
      } finally {
        await database.close();
      }
    });
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

export function describeRun(run: FlagRun): string {
  if (run.flagged + run.escalated + run.expired === 0) return "Aucune demande à relancer.";
  return [
    `${plural(run.flagged, "demande signalée", "demandes signalées")} au site`,
    `${plural(run.escalated, "demande relayée", "demandes relayées")} au ou à la chargé·e de mission territorial·e`,
    `${plural(run.expired, "demande expirée", "demandes expirées")}`,
  ]
    .join(", ")
    .concat(".");
}
