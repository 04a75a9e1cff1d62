import { stringify } from "csv-stringify/sync";
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { inTrainingReach } from "../../authorization/training-reach";
import { addDays } from "../../calendar-days";
import { parisInstant } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { MODULE_LABELS, MODULES } from "../../programme-rules/programme-rules";
import { sites } from "../../territory/territory.tables";
import { formatHours, toHundredths } from "../attendance-rules";
import type { HoursExportQuery } from "../collective-sessions.schemas";
import { attendance, collectiveSessions } from "../collective-sessions.tables";
import { siteFor } from "../session-record";

export const HOURS_CSV_HEADER = [
  "Site",
  "Nom",
  "Prénom",
  "Date de naissance",
  "Module",
  "Séances émargées",
  "Heures effectuées",
];

/** The modules in the programme's order. */
const moduleOrder = sql`array_position(array[${sql.join(
  MODULES.map((module) => sql`${module}`),
  sql`, `,
)}]::text[], ${collectiveSessions.module})`;

/** The sessions a user may see, by their site — the SQL twin of the `read CollectiveSession` policy. */
function visibleSessions(actor: Actor): SQL {
  switch (actor.role) {
    case "region_admin":
      return sql`true`;
    case "territorial_officer":
      return actor.lotIds.length > 0 ? inArray(sites.lotId, [...actor.lotIds]) : sql`false`;
    case "training_manager":
    case "training_staff":
      return actor.organisationId ? inTrainingReach(actor.organisationId, sites.id, sites.lotId) : sql`false`;
    default:
      return sql`false`;
  }
}

/**
 * Hours done per trainee and module on a site or a lot, between two days included: one CSV row each
 * (UTF-8 with a BOM, commas, hours with a dot), then a « Total » row. Audited.
 */
export async function exportHours(db: Db, context: RequestContext, query: HoursExportQuery): Promise<string> {
  const actor = context.actor as Actor;
  if (query.siteId) await siteFor(db, actor, query.siteId, "read");
  const marks = await db
    .select({
      site: sites.code,
      pathwayId: attendance.pathwayId,
      lastName: people.lastName,
      firstName: people.firstName,
      birthDate: people.birthDate,
      module: collectiveSessions.module,
      hours: attendance.hours,
    })
    .from(attendance)
    .innerJoin(collectiveSessions, eq(collectiveSessions.id, attendance.sessionId))
    .innerJoin(sites, eq(sites.id, collectiveSessions.siteId))
    .innerJoin(pathways, eq(pathways.id, attendance.pathwayId))
    .innerJoin(people, eq(people.id, pathways.personId))
    .where(
      and(
        visibleSessions(actor),
        query.siteId ? eq(sites.id, query.siteId) : eq(sites.lotId, query.lotId as string),
        gte(collectiveSessions.startsAt, parisInstant(query.from)),
        lt(collectiveSessions.startsAt, parisInstant(addDays(query.to, 1))),
      ),
    )
    .orderBy(
      asc(sites.code),
      asc(people.lastName),
      asc(people.firstName),
      asc(attendance.pathwayId),
      moduleOrder,
    );

  const rows = new Map<string, { cells: string[]; sessions: number; hundredths: number }>();
  let total = 0;
  for (const mark of marks) {
    const key = `${mark.pathwayId}/${MODULES.indexOf(mark.module)}`;
    const row = rows.get(key) ?? {
      cells: [mark.site, mark.lastName, mark.firstName, mark.birthDate, MODULE_LABELS[mark.module]],
      sessions: 0,
      hundredths: 0,
    };
    const hundredths = toHundredths(mark.hours) ?? 0;
    row.sessions += 1;
    row.hundredths += hundredths;
    total += hundredths;
    rows.set(key, row);
  }
  await recordAuditEvent(db, context, {
    action: "attendance.export",
    recordType: query.siteId ? "site" : "lot",
    recordId: query.siteId ?? query.lotId,
    details: { from: query.from, to: query.to, rows: rows.size },
  });
  const body = [...rows.values()].map((row) => [
    ...row.cells,
    String(row.sessions),
    formatHours(row.hundredths),
  ]);
  const sessions = [...rows.values()].reduce((sum, row) => sum + row.sessions, 0);
  return `\uFEFF${stringify([HOURS_CSV_HEADER, ...body, ["Total", "", "", "", "", String(sessions), formatHours(total)]], { record_delimiter: "\r\n" })}`;
}
