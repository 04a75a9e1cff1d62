import { desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { sites } from "../territory/territory.tables";
import type { InvitationResponse } from "./alumni.schemas";
import { ambassadorInvitations } from "./alumni.tables";

/** Ambassadors' invitations matching `where`, with their information session and its site, latest first. */
export function invitationRows(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: ambassadorInvitations.id,
      ambassadorId: ambassadorInvitations.ambassadorId,
      invitedAt: ambassadorInvitations.invitedAt,
      response: ambassadorInvitations.response,
      respondedAt: ambassadorInvitations.respondedAt,
      sessionId: informationSessions.id,
      startsAt: informationSessions.startsAt,
      place: informationSessions.place,
      siteId: sites.id,
      siteName: sites.name,
    })
    .from(ambassadorInvitations)
    .innerJoin(informationSessions, eq(informationSessions.id, ambassadorInvitations.informationSessionId))
    .innerJoin(sites, eq(sites.id, informationSessions.siteId))
    .where(where)
    .orderBy(desc(informationSessions.startsAt));
}

type InvitationRow = Awaited<ReturnType<typeof invitationRows>>[number];

/** An invitation as the site staff and the ambassador read it. */
export function invitationView(row: InvitationRow) {
  return {
    id: row.id,
    invitedAt: row.invitedAt.toISOString(),
    informationSession: {
      id: row.sessionId,
      startsAt: row.startsAt.toISOString(),
      place: row.place,
      site: { id: row.siteId, name: row.siteName },
    },
    response: row.response as InvitationResponse | null,
    respondedAt: row.respondedAt?.toISOString() ?? null,
  };
}
