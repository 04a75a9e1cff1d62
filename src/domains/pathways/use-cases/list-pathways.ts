import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { people } from "../../people/people.tables";
import { referrals } from "../../referrals/referrals.tables";
import { lots, organisations, sites } from "../../territory/territory.tables";
import { visiblePathways } from "../pathway-scope";
import type { PathwayList, PathwayListQuery, PathwaySummary } from "../pathways.schemas";
import { pathways } from "../pathways.tables";

export const PATHWAY_PAGE_SIZE = 50;

const prescriber = alias(organisations, "prescriber");
const referent = alias(users, "referent");

/** A pathway's summary: the trainee, the site and lot, the dates, who sent them and who follows them. */
export function fromPathwayQuery(db: Db) {
  return db
    .select({
      id: pathways.id,
      person: {
        id: people.id,
        lastName: people.lastName,
        firstName: people.firstName,
        birthDate: people.birthDate,
      },
      site: { id: sites.id, code: sites.code, name: sites.name },
      lot: { id: lots.id, code: lots.code, name: lots.name },
      entryDate: pathways.entryDate,
      plannedEndDate: pathways.plannedEndDate,
      exitDate: pathways.exitDate,
      prescriberId: prescriber.id,
      prescriberCode: prescriber.code,
      prescriberName: prescriber.name,
      referentId: referent.id,
      referentName: referent.displayName,
    })
    .from(pathways)
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(lots, eq(lots.id, pathways.lotId))
    .leftJoin(referrals, eq(referrals.id, pathways.referralId))
    .leftJoin(prescriber, eq(prescriber.id, referrals.prescriberOrganisationId))
    .leftJoin(referent, eq(referent.id, referrals.referentUserId));
}

export function toPathwaySummary(row: Awaited<ReturnType<typeof fromPathwayQuery>>[number]): PathwaySummary {
  return {
    id: row.id,
    person: row.person,
    site: row.site,
    lot: row.lot,
    entryDate: row.entryDate,
    plannedEndDate: row.plannedEndDate,
    exitDate: row.exitDate,
    state: row.exitDate === null ? "current" : "ended",
    prescriberOrganisation: row.prescriberId
      ? { id: row.prescriberId, code: row.prescriberCode ?? "", name: row.prescriberName ?? "" }
      : null,
    referent: row.referentId ? { id: row.referentId, displayName: row.referentName ?? "" } : null,
  };
}

/**
 * The pathways the caller may see, filtered and paged: current ones first by name, then ended ones,
 * most recent exit first. Reading people's names is audited.
 */
export async function listPathways(
  db: Db,
  context: RequestContext,
  query: PathwayListQuery,
): Promise<PathwayList> {
  const actor = context.actor as Actor;
  const search = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    visiblePathways(actor),
    query.siteId ? eq(pathways.siteId, query.siteId) : undefined,
    query.state === "current" ? isNull(pathways.exitDate) : undefined,
    query.state === "ended" ? isNotNull(pathways.exitDate) : undefined,
    search ? or(ilike(people.lastName, search), ilike(people.firstName, search)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    fromPathwayQuery(db)
      .where(where)
      .orderBy(
        sql`${pathways.exitDate} is not null`,
        desc(pathways.exitDate),
        asc(people.lastName),
        asc(people.firstName),
        asc(pathways.id),
      )
      .limit(PATHWAY_PAGE_SIZE)
      .offset((query.page - 1) * PATHWAY_PAGE_SIZE),
    db
      .select({ value: sql<number>`count(*)::int` })
      .from(pathways)
      .innerJoin(people, eq(people.id, pathways.personId))
      .where(where),
  ]);
  await recordAuditEvent(db, context, {
    action: "pathway.list",
    recordType: "pathway",
    details: { count: rows.length, siteId: query.siteId ?? null, page: query.page },
  });
  return {
    items: rows.map(toPathwaySummary),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: PATHWAY_PAGE_SIZE,
  };
}
