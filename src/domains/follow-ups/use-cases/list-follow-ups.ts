import { and, asc, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { RESTRICTED_BARRIER_THEMES } from "../../barriers/barrier-catalogue";
import { pathwayFor } from "../../pathways/pathway-record";
import { visiblePathways } from "../../pathways/pathway-scope";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { lots, sites } from "../../territory/territory.tables";
import { actorOf } from "../follow-up-record";
import type { CallListEntry, FollowUpView, ResponseRateRow } from "../follow-ups.schemas";
import { followUps } from "../follow-ups.tables";

const RESTRICTED = new Set<string>(RESTRICTED_BARRIER_THEMES);

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/** A pathway's follow-ups and their answers, for everyone who may read the pathway's follow-ups. */
export async function listPathwayFollowUps(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<FollowUpView[]> {
  const actor = actorOf(context);
  const { resource } = await pathwayFor(db, actor, pathwayId, "read", { subject: "FollowUp" });
  const seesSensitive = can(actor, "read", "SensitiveBarrier", resource);
  const rows = await db
    .select({ followUp: followUps, answeredByName: users.displayName })
    .from(followUps)
    .leftJoin(users, eq(users.id, followUps.answeredByUserId))
    .where(eq(followUps.pathwayId, pathwayId))
    .orderBy(asc(followUps.months));
  await recordAuditEvent(db, context, {
    action: "follow_up.read",
    recordType: "pathway",
    recordId: pathwayId,
  });
  return rows.map(({ followUp, answeredByName }) => ({
    id: followUp.id,
    months: followUp.months,
    dueDate: followUp.dueDate,
    sentAt: iso(followUp.sentAt),
    reminderCount: followUp.reminderCount,
    callListedAt: iso(followUp.callListedAt),
    callAttempts: followUp.callAttempts,
    lastCallAttemptAt: iso(followUp.lastCallAttemptAt),
    answeredAt: iso(followUp.answeredAt),
    answerChannel: followUp.answerChannel,
    answeredBy: answeredByName ?? null,
    situation: followUp.situation,
    projectIdentified: followUp.projectIdentified,
    situationImproved: followUp.situationImproved,
    selfEsteem: followUp.selfEsteem,
    barriersRemaining: seesSensitive
      ? followUp.barriersRemaining
      : (followUp.barriersRemaining?.map((theme) => (RESTRICTED.has(theme) ? "restricted" : theme)) ?? null),
  }));
}

/** The former trainees to call: follow-ups on the call list, not answered, of the pathways in reach. */
export async function listCallList(db: Db, context: RequestContext): Promise<CallListEntry[]> {
  const rows = await db
    .select({
      followUp: followUps,
      person: {
        firstName: people.firstName,
        lastName: people.lastName,
        phone: people.phone,
        email: people.email,
      },
      site: { id: sites.id, code: sites.code, name: sites.name },
      exitDate: pathways.exitDate,
    })
    .from(followUps)
    .innerJoin(pathways, eq(pathways.id, followUps.pathwayId))
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .where(
      and(isNotNull(followUps.callListedAt), isNull(followUps.answeredAt), visiblePathways(actorOf(context))),
    )
    .orderBy(asc(followUps.callAttempts), asc(followUps.callListedAt), asc(people.lastName))
    .limit(500);
  await recordAuditEvent(db, context, {
    action: "follow_up.call_list.read",
    details: { count: rows.length },
  });
  return rows.map(({ followUp, person, site, exitDate }) => ({
    id: followUp.id,
    pathwayId: followUp.pathwayId,
    ...person,
    site,
    exitDate: exitDate ?? followUp.dueDate,
    months: followUp.months,
    dueDate: followUp.dueDate,
    callListedAt: (followUp.callListedAt ?? new Date()).toISOString(),
    callAttempts: followUp.callAttempts,
    lastCallAttemptAt: iso(followUp.lastCallAttemptAt),
  }));
}

const count = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;

/** The follow-ups a response rate counts: those Amorce sent, not the answers imported with a record. */
export const SENT_BY_AMORCE = sql`${followUps.answerChannel} is distinct from 'import'`;

/**
 * Response rates per lot and site, of the follow-ups the actor may read (imported answers aside): due,
 * sent, answered by link, by phone, not answered, and the share answered.
 */
export async function listResponseRates(db: Db, context: RequestContext): Promise<ResponseRateRow[]> {
  const rows = await db
    .select({
      lot: { id: lots.id, code: lots.code, name: lots.name },
      site: { id: sites.id, code: sites.code, name: sites.name },
      due: sql<number>`count(*)::int`,
      sent: count(sql`${followUps.sentAt} is not null`),
      answeredByLink: count(sql`${followUps.answerChannel} = 'link'`),
      answeredByPhone: count(sql`${followUps.answerChannel} = 'phone'`),
      unanswered: count(sql`${followUps.answeredAt} is null`),
    })
    .from(followUps)
    .innerJoin(pathways, eq(pathways.id, followUps.pathwayId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(lots, eq(lots.id, pathways.lotId))
    .where(and(SENT_BY_AMORCE, visiblePathways(actorOf(context))))
    .groupBy(lots.id, sites.id)
    .orderBy(asc(lots.code), asc(sites.code), desc(sql`count(*)`));
  return rows.map((row) => ({
    ...row,
    rate: row.due === 0 ? null : (row.answeredByLink + row.answeredByPhone) / row.due,
  }));
}
