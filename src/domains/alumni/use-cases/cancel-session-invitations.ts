import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { notifications } from "../../notifications/notifications.tables";
import { formatParisDateTime } from "../../paris-time";
import { ambassadorInvitations, ambassadors } from "../alumni.tables";

/**
 * When a site cancels an information session, its ambassador invitations go with it (in the caller's
 * transaction); those who had not declined are told in their space (and in their daily e-mail digest).
 */
export async function cancelSessionInvitations(db: Db, sessionId: string): Promise<void> {
  const invited = await db
    .select({
      userId: users.id,
      startsAt: informationSessions.startsAt,
    })
    .from(ambassadorInvitations)
    .innerJoin(ambassadors, eq(ambassadors.id, ambassadorInvitations.ambassadorId))
    .innerJoin(informationSessions, eq(informationSessions.id, ambassadorInvitations.informationSessionId))
    .innerJoin(users, and(eq(users.personId, ambassadors.personId), eq(users.active, true)))
    .where(
      and(
        eq(ambassadorInvitations.informationSessionId, sessionId),
        or(isNull(ambassadorInvitations.response), eq(ambassadorInvitations.response, "accepted")),
      ),
    );
  if (invited.length > 0) {
    await db.insert(notifications).values(
      invited.map((row) => ({
        userId: row.userId,
        message: `L'information collective du ${formatParisDateTime(row.startsAt)} est annulée : vous n'avez pas besoin de venir.`,
        link: "/",
      })),
    );
  }
  await db.delete(ambassadorInvitations).where(eq(ambassadorInvitations.informationSessionId, sessionId));
}
