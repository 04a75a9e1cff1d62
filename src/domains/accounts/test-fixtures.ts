import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { outboxEmails } from "../mail/mail.tables";
import { organisations } from "../territory/territory.tables";
import type { OrganisationKind } from "../territory/territory.vocabulary";
import { users } from "./accounts.tables";
import { hashPassword } from "./passwords";
import type { Role } from "./roles";

/** Test data for the accounts tests: organisations and users made on purpose, not the demo's. */

export const TEST_PASSWORD = "mot-de-passe-de-test";

export async function createOrganisation(db: Db, code: string, kind: OrganisationKind): Promise<string> {
  const [organisation] = await db
    .insert(organisations)
    .values({
      code,
      name: `Structure ${code}`,
      kind,
      networkType: kind === "prescriber" ? "france_travail" : null,
    })
    .returning({ id: organisations.id });
  if (!organisation) throw new Error("organisation not created");
  return organisation.id;
}

export async function regionId(db: Db): Promise<string> {
  const [region] = await db.select().from(organisations).where(eq(organisations.kind, "region"));
  if (!region) throw new Error("the Region organisation is missing");
  return region.id;
}

export async function createUser(
  db: Db,
  values: { email: string; role: Role; organisationId: string | null; active?: boolean },
): Promise<string> {
  const [user] = await db
    .insert(users)
    .values({
      ...values,
      displayName: `Personne ${values.email}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  return user.id;
}

/** The newest e-mail sent to `address`, and the token of the link it carries. */
export async function lastEmailTo(db: Db, address: string) {
  const [email] = await db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.toAddress, address))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  return email && { ...email, token: email.bodyText.match(/jeton=([\w-]+)/)?.[1] ?? null };
}
