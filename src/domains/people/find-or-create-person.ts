import { eq, or } from "drizzle-orm";
import type { Db } from "../../db/database";
import { conflict } from "../../server/http-errors";
import { identityKey } from "./identity-key";
import { people } from "./people.tables";

export type PersonIdentity = {
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string | null;
  phone: string | null;
  communeCode: string;
  franceTravailId?: string | null;
};

/** The people already known under this identity (name + birth date) or this France Travail identifier. */
export async function findSamePerson(
  db: Db,
  identity: Pick<PersonIdentity, "lastName" | "firstName" | "birthDate" | "franceTravailId">,
) {
  const key = identityKey(identity);
  return db
    .select()
    .from(people)
    .where(
      or(
        eq(people.identityKey, key),
        identity.franceTravailId ? eq(people.franceTravailId, identity.franceTravailId) : undefined,
      ),
    )
    .orderBy(people.createdAt)
    .limit(5);
}

/**
 * The person's record: the one already known (duplicates are never created; missing contact details are
 * completed, known ones kept), or a new one. A France Travail identifier already given to someone else
 * is refused.
 */
export async function findOrCreatePerson(
  db: Db,
  identity: PersonIdentity,
): Promise<{ id: string; existing: boolean }> {
  const key = identityKey(identity);
  const matches = await findSamePerson(db, identity);
  const holder = identity.franceTravailId
    ? matches.find((person) => person.franceTravailId === identity.franceTravailId)
    : undefined;
  if (holder && holder.identityKey !== key) {
    throw conflict(
      "Cet identifiant France Travail est déjà celui d'une autre personne (nom ou date de naissance différents). Vérifiez la saisie.",
    );
  }
  const known = holder ?? matches.find((person) => person.identityKey === key);
  if (
    known?.franceTravailId &&
    identity.franceTravailId &&
    known.franceTravailId !== identity.franceTravailId
  ) {
    throw conflict(
      "Cette personne est déjà connue avec un autre identifiant France Travail. Vérifiez la saisie.",
    );
  }
  if (known) {
    await db
      .update(people)
      .set({
        email: known.email ?? identity.email,
        phone: known.phone ?? identity.phone,
        franceTravailId: known.franceTravailId ?? identity.franceTravailId ?? null,
        updatedAt: new Date(),
      })
      .where(eq(people.id, known.id));
    return { id: known.id, existing: true };
  }
  const [created] = await db
    .insert(people)
    .values({
      lastName: identity.lastName,
      firstName: identity.firstName,
      birthDate: identity.birthDate,
      identityKey: key,
      email: identity.email,
      phone: identity.phone,
      communeCode: identity.communeCode,
      franceTravailId: identity.franceTravailId ?? null,
    })
    .returning({ id: people.id });
  if (!created) throw new Error("person not created");
  return { id: created.id, existing: false };
}
