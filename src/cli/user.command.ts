import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { type Config, loadConfig } from "../config";
import type { Db } from "../db/database";
import { openDatabase } from "../db/open";
import { invitationLink, mailSettings } from "../domains/accounts/account-emails";
import { emailSchema, newPasswordSchema, roleSchema } from "../domains/accounts/accounts.schemas";
import { ROLE_LABELS, ROLE_ORGANISATION_KIND, ROLES } from "../domains/accounts/roles";
import { createAccount } from "../domains/accounts/use-cases/create-account";
import { commandLineContext } from "../domains/authorization/actor";
import { REGION_ORGANISATION_CODE } from "../domains/territory/reference/region-organisation";
import { organisations } from "../domains/territory/territory.tables";

export type UserCreateOptions = {
  email: string;
  name: string;
  role: string;
  organisation?: string;
  password?: string;
};

const optionsSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Indiquez le nom (--name).").max(200),
  role: roleSchema,
  organisation: z.string().trim().min(1).optional(),
  password: newPasswordSchema.optional(),
});

export function registerUserCommand(program: Command) {
  const user = program.command("user").description("gère les comptes des utilisateurs");
  user
    .command("create")
    .description(
      "crée un compte ; sans --password, la personne reçoit par e-mail une invitation à choisir son mot de passe",
    )
    .requiredOption("--email <adresse>", "adresse e-mail de la personne")
    .requiredOption("--name <nom>", "nom affiché, par exemple « Claire Martin »")
    .requiredOption(
      "--role <rôle>",
      `rôle : ${ROLES.map((role) => `${role} (${ROLE_LABELS[role]})`).join(", ")}`,
    )
    .option(
      "--organisation <code>",
      `code de la structure ; par défaut ${REGION_ORGANISATION_CODE} pour les rôles de la Région`,
    )
    .option(
      "--password <mot de passe>",
      "mot de passe (12 caractères au moins) ; attention à l'historique du shell",
    )
    .action(async (options: UserCreateOptions) => {
      const config = loadConfig();
      const database = await openDatabase(config, { command: "amorce user create" });
      try {
        console.log(await createUserFromCommandLine(database.db, config, options));
      } finally {
        await database.close();
      }
    });
}

/** Creates the account the options describe; returns what to print. */
export async function createUserFromCommandLine(
  db: Db,
  config: Config,
  options: UserCreateOptions,
): Promise<string> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `--${issue.path.join(".")} : ${issue.message}`).join("\n"),
    );
  }
  const { email, name, role, password } = parsed.data;
  const code =
    parsed.data.organisation ??
    (ROLE_ORGANISATION_KIND[role] === "region" ? REGION_ORGANISATION_CODE : undefined);
  const [organisation] = code
    ? await db.select().from(organisations).where(eq(organisations.code, code))
    : [];
  if (code && !organisation) throw new Error(`Aucune structure n'a le code ${code}.`);

  const { user, invitationToken } = await createAccount(
    db,
    commandLineContext("user create"),
    { email, displayName: name, role, organisationId: organisation?.id ?? null, password },
    mailSettings(config),
  );
  const where = user.organisation ? ` (${user.organisation.name})` : "";
  const created = `Compte créé : ${user.email} — ${ROLE_LABELS[user.role]}${where}.`;
  if (!invitationToken) return `${created}\nLa personne peut se connecter avec le mot de passe donné.`;
  return [
    created,
    config.smtpUrl
      ? "L'invitation partira par e-mail dès qu'Amorce sera démarré (npx amorce start)."
      : "Sans SMTP_URL, l'invitation reste dans la boîte d'envoi (npx amorce mail outbox) : transmettez ce lien à la personne.",
    `Lien d'invitation, valable 7 jours : ${invitationLink(mailSettings(config), invitationToken)}`,
  ].join("\n");
}
