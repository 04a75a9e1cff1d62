import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import type { InformationSessionBody, InformationSessionItem } from "../public-offer.schemas";
import { ensureMayManageSiteOffer } from "../site-offer-guard";

/** A site announces an information session (information collective). */
export async function addInformationSession(
  db: Db,
  context: RequestContext,
  input: InformationSessionBody & { siteId: string },
): Promise<InformationSessionItem> {
  return db.transaction(async (tx) => {
    await ensureMayManageSiteOffer(tx, context.actor, input.siteId);
    const [session] = await tx
      .insert(informationSessions)
      .values({
        siteId: input.siteId,
        startsAt: new Date(input.startsAt),
        place: input.place,
        seats: input.seats,
      })
      .returning({
        id: informationSessions.id,
        startsAt: informationSessions.startsAt,
        place: informationSessions.place,
        seats: informationSessions.seats,
      });
    if (!session) throw new Error("information session not saved");
    await recordAuditEvent(tx, context, {
      action: "information_session.create",
      recordType: "site",
      recordId: input.siteId,
      details: { informationSessionId: session.id, startsAt: input.startsAt },
    });
    return { ...session, startsAt: session.startsAt.toISOString() };
  });
}
