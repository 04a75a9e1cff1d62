import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { people } from "../../people/people.tables";
import type { MailSettings } from "../account-emails";
import type { TraineeAccess } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { sendSignInLink } from "./request-sign-in-link";

export const EMAIL_NEEDED = "Ajoutez d'abord l'adresse e-mail de la personne.";
export const EMAIL_TAKEN =
  "Cette adresse e-mail est déjà celle d'un autre compte Amorce. Vérifiez l'adresse de la personne.";

/**
 * Opens a trainee's space: their account (role trainee, no password, linked to the pathway's person,
 * with the person's e-mail and name) is created or reactivated, and e-mailed a sign-in link. Calling it
 * again sends a new link. Audited.
 */
export async function giveTraineeAccess(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  mail: MailSettings,
): Promise<TraineeAccess> {
  return db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, context.actor as Actor, pathwayId, "manage", {
      forUpdate: true,
    });
    const [person] = await tx
      .select({ firstName: people.firstName, lastName: people.lastName, email: people.email })
      .from(people)
      .where(eq(people.id, pathway.personId));
    if (!person?.email) throw badRequest(EMAIL_NEEDED);
    const email = person.email.toLowerCase();
    const [own] = await tx.select().from(users).where(eq(users.personId, pathway.personId));
    const [holder] = await tx.select().from(users).where(eq(users.email, email));
    // A trainee account opened by hand (no person yet) with this address becomes this person's.
    const account = own ?? (holder?.role === "trainee" && !holder.personId ? holder : undefined);
    if (holder && holder.id !== account?.id) throw conflict(EMAIL_TAKEN);

    const fields = {
      email,
      displayName: `${person.firstName} ${person.lastName}`,
      personId: pathway.personId,
      active: true,
    };
    const [user] = account
      ? await tx
          .update(users)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(users.id, account.id))
          .returning()
      : await tx
          .insert(users)
          .values({ ...fields, role: "trainee", organisationId: null, passwordHash: null })
          .returning();
    if (!user) throw new Error("trainee account not saved");
    await sendSignInLink(tx, user, "access_given", mail);
    await recordAuditEvent(tx, context, {
      action: "pathway.trainee_access",
      recordType: "pathway",
      recordId: pathwayId,
      details: { userId: user.id, created: !account },
    });
    return { email, created: !account };
  });
}
