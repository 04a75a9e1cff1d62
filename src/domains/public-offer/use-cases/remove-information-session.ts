import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict, notFound } from "../../../server/http-errors";
import { cancelSessionInvitations } from "../../alumni/use-cases/cancel-session-invitations";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { ensureMayManageSiteOffer } from "../site-offer-guard";

/** A site cancels an information session still to come (those past stay, as a record). */
export async function removeInformationSession(
  db: Db,
  context: RequestContext,
  input: { siteId: string; sessionId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await ensureMayManageSiteOffer(tx, context.actor, input.siteId);
    const [session] = await tx
      .select({ startsAt: informationSessions.startsAt })
      .from(informationSessions)
      .where(and(eq(informationSessions.id, input.sessionId), eq(informationSessions.siteId, input.siteId)));
    if (!session) throw notFound("Information collective introuvable.");
    if (session.startsAt.getTime() <= Date.now()) {
      throw conflict("Cette information collective a déjà eu lieu : elle reste dans l'historique du site.");
    }
    await cancelSessionInvitations(tx, input.sessionId);
    await tx.delete(informationSessions).where(eq(informationSessions.id, input.sessionId));
    await recordAuditEvent(tx, context, {
      action: "information_session.delete",
      recordType: "site",
      recordId: input.siteId,
      details: { informationSessionId: input.sessionId },
    });
  });
}
