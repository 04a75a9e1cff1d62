import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { inTrainingReach } from "../../authorization/training-reach";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { sites } from "../../territory/territory.tables";
import type { AmbassadorItem, AmbassadorSession } from "../alumni.schemas";
import { ambassadorInvitations, ambassadors } from "../alumni.tables";
import { ambassadorInReach, sessionInReach, upcomingSession } from "../alumni-scope";
import { invitationRows, invitationView } from "../invitation-rows";

/**
 * « Ambassadeurs »: the people who were trainees at the organisation's sites and agreed to testify (not
 * those who withdrew), their details, and the invitations the organisation's sites sent them. Reading
 * people's details is audited.
 */
export async function listAmbassadors(db: Db, context: RequestContext): Promise<AmbassadorItem[]> {
  const organisationId = (context.actor as Actor).organisationId;
  if (!organisationId) return [];
  const rows = await db
    .select({
      id: ambassadors.id,
      personId: ambassadors.personId,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      phone: people.phone,
      message: ambassadors.message,
      optedInAt: ambassadors.optedInAt,
    })
    .from(ambassadors)
    .innerJoin(people, eq(people.id, ambassadors.personId))
    .where(and(isNull(ambassadors.withdrawnAt), ambassadorInReach(organisationId)))
    .orderBy(asc(people.lastName), asc(people.firstName));
  const personIds = rows.map((row) => row.personId);
  const ids = rows.map((row) => row.id);
  const [siteRows, accountRows, invitationList] =
    rows.length === 0
      ? [[], [], []]
      : await Promise.all([
          db
            .selectDistinct({ personId: pathways.personId, name: sites.name })
            .from(pathways)
            .innerJoin(sites, eq(sites.id, pathways.siteId))
            .where(
              and(
                inArray(pathways.personId, personIds),
                inTrainingReach(organisationId, pathways.siteId, pathways.lotId),
              ),
            ),
          db
            .select({ personId: users.personId, email: users.email })
            .from(users)
            .where(and(inArray(users.personId, personIds), eq(users.active, true))),
          invitationRows(
            db,
            and(inArray(ambassadorInvitations.ambassadorId, ids), sessionInReach(organisationId)),
          ),
        ]);
  await recordAuditEvent(db, context, {
    action: "ambassador.list",
    recordType: "ambassador",
    details: { count: rows.length },
  });
  return rows.map((row) => {
    const account = accountRows.find((candidate) => candidate.personId === row.personId);
    return {
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email ?? account?.email ?? null,
      phone: row.phone,
      message: row.message,
      optedInAt: row.optedInAt.toISOString(),
      sites: siteRows
        .filter((site) => site.personId === row.personId)
        .map((site) => site.name)
        .sort(),
      hasAccount: account !== undefined,
      invitations: invitationList
        .filter((invitation) => invitation.ambassadorId === row.id)
        .map(invitationView),
    };
  });
}

/** The organisation's information sessions still to come, and how many ambassadors are invited, and coming. */
export async function listAmbassadorSessions(db: Db, actor: Actor): Promise<AmbassadorSession[]> {
  if (!actor.organisationId) return [];
  const rows = await db
    .select({
      id: informationSessions.id,
      startsAt: informationSessions.startsAt,
      place: informationSessions.place,
      siteId: sites.id,
      siteName: sites.name,
      invited: count(ambassadorInvitations.id),
      accepted: sql<number>`count(*) filter (where ${ambassadorInvitations.response} = 'accepted')`.mapWith(
        Number,
      ),
    })
    .from(informationSessions)
    .innerJoin(sites, eq(sites.id, informationSessions.siteId))
    .leftJoin(ambassadorInvitations, eq(ambassadorInvitations.informationSessionId, informationSessions.id))
    .where(and(upcomingSession, sessionInReach(actor.organisationId)))
    .groupBy(informationSessions.id, sites.id)
    .orderBy(asc(informationSessions.startsAt), asc(sites.name));
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    site: { id: row.siteId, name: row.siteName },
    invited: row.invited,
    accepted: row.accepted,
  }));
}
