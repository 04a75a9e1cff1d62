import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { ambassadors } from "../alumni.tables";

/** What a former trainee agrees to when they become an ambassador, shown beside the box they tick. */
export const AMBASSADOR_CONSENT_TEXT =
  "J'accepte que l'organisme de formation me propose de venir témoigner de mon parcours lors de réunions d'information, et qu'il voie pour cela mon nom, mon adresse e-mail et mon téléphone. Je peux changer d'avis à tout moment.";

/**
 * A former trainee opts in as an ambassador, or again after withdrawing: one row per person, its
 * consent renewed. Runs inside the caller's transaction.
 */
export async function becomeAmbassador(
  db: Db,
  input: { personId: string; message: string | null },
): Promise<string> {
  const [row] = await db
    .insert(ambassadors)
    .values({ personId: input.personId, consentText: AMBASSADOR_CONSENT_TEXT, message: input.message })
    .onConflictDoUpdate({
      target: ambassadors.personId,
      set: {
        optedInAt: sql`now()`,
        consentText: AMBASSADOR_CONSENT_TEXT,
        message: input.message,
        withdrawnAt: null,
      },
    })
    .returning({ id: ambassadors.id });
  if (!row) throw new Error("ambassador not recorded");
  return row.id;
}

/** The person withdraws: kept, dated, never invited again until they opt in anew. */
export async function stopBeingAmbassador(db: Db, personId: string): Promise<void> {
  await db.update(ambassadors).set({ withdrawnAt: sql`now()` }).where(eq(ambassadors.personId, personId));
}
