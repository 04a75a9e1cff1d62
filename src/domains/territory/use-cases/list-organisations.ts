import { and, asc, eq, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/database";
import type { OrganisationItem, Reference } from "../territory.schemas";
import { organisations } from "../territory.tables";
import type { OrganisationKind, PrescriberNetwork } from "../territory.vocabulary";

export type OrganisationFilter = {
  id?: string;
  kind?: OrganisationKind;
  networkType?: PrescriberNetwork;
  department?: string;
};

/** The organisations with their consortium, lead member and members, in one query. */
export async function listOrganisations(
  db: Db,
  filter: OrganisationFilter = {},
): Promise<OrganisationItem[]> {
  const consortium = alias(organisations, "consortium");
  const lead = alias(organisations, "lead");
  const member = alias(organisations, "member");
  const rows = await db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      kind: organisations.kind,
      networkType: organisations.networkType,
      siret: organisations.siret,
      department: organisations.department,
      consortium: reference(consortium),
      leadMember: reference(lead),
      members: sql<Reference[]>`(
        select coalesce(json_agg(json_build_object('id', ${member.id}, 'code', ${member.code}, 'name', ${member.name}) order by ${member.code}), '[]')
        from ${organisations} as ${member} where ${member.consortiumId} = ${organisations.id})`,
      active: organisations.active,
    })
    .from(organisations)
    .leftJoin(consortium, eq(consortium.id, organisations.consortiumId))
    .leftJoin(lead, eq(lead.id, organisations.leadMemberId))
    .where(
      and(
        filter.id ? eq(organisations.id, filter.id) : undefined,
        filter.kind ? eq(organisations.kind, filter.kind) : undefined,
        filter.networkType ? eq(organisations.networkType, filter.networkType) : undefined,
        filter.department ? eq(organisations.department, filter.department) : undefined,
      ),
    )
    .orderBy(asc(organisations.code));
  return rows;
}

/** `{id, code, name}` of a left-joined organisation, or null. */
function reference(table: { id: AnyPgColumn; code: AnyPgColumn; name: AnyPgColumn }) {
  return sql<Reference | null>`case when ${table.id} is null then null else json_build_object('id', ${table.id}, 'code', ${table.code}, 'name', ${table.name}) end`;
}
