import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-database";
import { loadConfig } from "../config";
import type { Database } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { verifyPassword } from "../domains/accounts/passwords";
import { createOrganisation } from "../domains/accounts/test-fixtures";
import { auditEvents } from "../domains/audit/audit.tables";
import { formatOutbox } from "./mail.command";
import { createUserFromCommandLine } from "./user.command";

let database: Database;
const config = loadConfig({ PUBLIC_URL: "https://amorce.example.fr" });

beforeAll(async () => {
  database = await createTestDatabase("empty");
  await createOrganisation(database.db, "OF01", "training_organisation");
});
afterAll(() => database.close());

describe("amorce user create", () => {
  it("creates a Region admin with a password, in the Region by default, audited as the command line", async () => {
    const output = await createUserFromCommandLine(database.db, config, {
      email: "Claire@Region.test",
      name: "Claire Martin",
      role: "region_admin",
      password: "un-mot-de-passe-solide",
    });
    expect(output).toContain("Compte créé : claire@region.test — Administrateur·rice Région");
    const [user] = await database.db.select().from(users).where(eq(users.email, "claire@region.test"));
    expect(await verifyPassword(user?.passwordHash ?? "", "un-mot-de-passe-solide")).toBe(true);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, user?.id ?? ""));
    expect(audit).toMatchObject({
      action: "user.create",
      actorUserId: null,
      userAgent: "amorce user create",
    });
  });

  it("without a password, queues an invitation and prints its link; mail outbox prints it", async () => {
    const output = await createUserFromCommandLine(database.db, config, {
      email: "sophie@of.test",
      name: "Sophie Responsable",
      role: "training_manager",
      organisation: "OF01",
    });
    expect(output).toMatch(
      /Lien d'invitation, valable 7 jours : https:\/\/amorce\.example\.fr\/invitation\?jeton=/,
    );
    const outbox = await formatOutbox(database.db, 5);
    expect(outbox).toContain("À       : sophie@of.test");
    expect(outbox).toContain("Objet   : Votre accès à Amorce");
    expect(outbox).toContain("pas encore envoyé");
  });

  it("explains in French what is wrong", async () => {
    const base = { email: "x@of.test", name: "X", role: "training_staff", organisation: "OF01" };
    await expect(createUserFromCommandLine(database.db, config, { ...base, role: "chef" })).rejects.toThrow(
      /^--role : /,
    );
    await expect(
      createUserFromCommandLine(database.db, config, { ...base, password: "court" }),
    ).rejects.toThrow("--password : Le mot de passe doit contenir au moins 12 caractères.");
    await expect(
      createUserFromCommandLine(database.db, config, { ...base, organisation: "NOPE" }),
    ).rejects.toThrow("Aucune structure n'a le code NOPE.");
    await expect(
      createUserFromCommandLine(database.db, config, {
        ...base,
        email: "sophie@of.test",
        role: "training_staff",
      }),
    ).rejects.toThrow("Un compte existe déjà avec cette adresse e-mail.");
  });
});
