import { and, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { people } from "../../people/people.tables";
import { lots, organisations, sites } from "../../territory/territory.tables";
import { visibleReferrals } from "../referral-scope";
import { UNANSWERED_STATUSES } from "../referral-status";
import type { ReferralListQuery, ReferralSummary } from "../referrals.schemas";
import { referrals } from "../referrals.tables";

export const REFERRAL_PAGE_SIZE = 50;

const prescriber = alias(organisations, "prescriber");
const referent = alias(users, "referent");

/** Sent or under review for `days` Paris calendar days or more. */
export function unansweredCondition(days: number): SQL {
  return sql`(${inArray(referrals.status, [...UNANSWERED_STATUSES])}
    and (${referrals.sentAt} at time zone 'Europe/Paris')::date <= (now() at time zone 'Europe/Paris')::date - ${days}::int)`;
}

/** The columns of a referral's summary, with its site, lot, prescriber, referent and waiting-list rank. */
export const summaryColumns = (unansweredDays: number) => ({
  id: referrals.id,
  kind: referrals.kind,
  status: referrals.status,
  person: {
    id: people.id,
    lastName: people.lastName,
    firstName: people.firstName,
    birthDate: people.birthDate,
  },
  siteId: sites.id,
  siteCode: sites.code,
  siteName: sites.name,
  lot: { id: lots.id, code: lots.code, name: lots.name },
  prescriberId: prescriber.id,
  prescriberCode: prescriber.code,
  prescriberName: prescriber.name,
  referentId: referent.id,
  referentName: referent.displayName,
  sentAt: referrals.sentAt,
  statusChangedAt: referrals.statusChangedAt,
  appointmentAt: referrals.appointmentAt,
  plannedEntryDate: referrals.plannedEntryDate,
  waitingListPosition: sql<number | null>`case when ${referrals.status} = 'waiting_list' then
    (select count(*)::int from ${referrals} waiting where waiting.site_id = ${referrals.siteId}
      and waiting.status = 'waiting_list'
      and (waiting.waiting_since, waiting.id) <= (${referrals.waitingSince}, ${referrals.id})) end`,
  unanswered: sql<boolean>`${unansweredCondition(unansweredDays)}`,
});

export function fromReferralQuery(db: Db, unansweredDays: number) {
  return db
    .select(summaryColumns(unansweredDays))
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(lots, eq(lots.id, referrals.lotId))
    .leftJoin(sites, eq(sites.id, referrals.siteId))
    .leftJoin(prescriber, eq(prescriber.id, referrals.prescriberOrganisationId))
    .leftJoin(referent, eq(referent.id, referrals.referentUserId));
}

export function toSummary(row: Awaited<ReturnType<typeof fromReferralQuery>>[number]): ReferralSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    person: row.person,
    site: row.siteId ? { id: row.siteId, code: row.siteCode ?? "", name: row.siteName ?? "" } : null,
    lot: row.lot,
    prescriberOrganisation: row.prescriberId
      ? { id: row.prescriberId, code: row.prescriberCode ?? "", name: row.prescriberName ?? "" }
      : null,
    referent: row.referentId ? { id: row.referentId, displayName: row.referentName ?? "" } : null,
    sentAt: row.sentAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
    appointmentAt: row.appointmentAt?.toISOString() ?? null,
    plannedEntryDate: row.plannedEntryDate,
    waitingListPosition: row.waitingListPosition,
    unanswered: Boolean(row.unanswered),
  };
}

/**
 * The referrals the caller may see, filtered and paged, newest first (a site's inbox, a prescriber's
 * follow-up, an officer's lots). Reading people's names is audited.
 */
export async function listReferrals(
  db: Db,
  context: RequestContext,
  query: ReferralListQuery,
  unansweredDays: number,
) {
  const actor = context.actor as Actor;
  const search = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    visibleReferrals(actor),
    query.siteId ? eq(referrals.siteId, query.siteId) : undefined,
    query.status ? eq(referrals.status, query.status) : undefined,
    query.kind ? eq(referrals.kind, query.kind) : undefined,
    query.unassigned ? isNull(referrals.siteId) : undefined,
    query.unanswered ? unansweredCondition(unansweredDays) : undefined,
    search ? or(ilike(people.lastName, search), ilike(people.firstName, search)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    fromReferralQuery(db, unansweredDays)
      .where(where)
      .orderBy(desc(referrals.sentAt), desc(referrals.id))
      .limit(REFERRAL_PAGE_SIZE)
      .offset((query.page - 1) * REFERRAL_PAGE_SIZE),
    db
      .select({ value: sql<number>`count(*)::int` })
      .from(referrals)
      .innerJoin(people, eq(people.id, referrals.personId))
      .where(where),
  ]);
  await recordAuditEvent(db, context, {
    action: "referral.list",
    recordType: "referral",
    details: { count: rows.length, siteId: query.siteId ?? null, status: query.status ?? null },
  });
  return {
    items: rows.map(toSummary),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: REFERRAL_PAGE_SIZE,
  };
}
