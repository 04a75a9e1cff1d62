import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay, parisInstant, parisTime } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { people } from "../../people/people.tables";
import type { Module } from "../../programme-rules/programme-rules";
import { organisations, sites } from "../../territory/territory.tables";
import { toHundredths, totalsOf } from "../attendance-rules";
import type { AttendanceStatus } from "../attendance-vocabulary";
import { pathwaySessions } from "../pathway-sessions";
import { type HalfDay, halfDayOf } from "../session-period";

export type StatementRow = {
  date: string;
  halfDay: HalfDay;
  startTime: string;
  endTime: string;
  module: Module;
  title: string;
  /** `null`: not marked yet (counts no hours). */
  status: AttendanceStatus | null;
  hundredths: number;
};

/** A trainee's monthly attendance statement: what the PDF and the CSV are made of. */
export type Statement = {
  month: string;
  organisation: { code: string; name: string };
  site: { code: string; name: string; address: string | null };
  trainee: { firstName: string; lastName: string; birthDate: string };
  rows: StatementRow[];
  totals: ReturnType<typeof totalsOf> & { unmarked: number };
};

/** The first day of the month after `month` (`YYYY-MM`). */
const nextMonth = (month: string) => {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
};

/**
 * The sessions of a month a trainee was enrolled in (cancelled ones left out), each with its mark, and
 * the totals: what the remuneration body is sent. Audited.
 */
export async function readStatement(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  month: string,
): Promise<Statement> {
  const { pathway } = await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const [place] = await db
    .select({
      site: { code: sites.code, name: sites.name, address: sites.address },
      organisation: { code: organisations.code, name: organisations.name },
    })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(eq(sites.id, pathway.siteId));
  const [trainee] = await db
    .select({ firstName: people.firstName, lastName: people.lastName, birthDate: people.birthDate })
    .from(people)
    .where(eq(people.id, pathway.personId));
  if (!place || !trainee) throw new Error("pathway without site or person");
  const sessions = await pathwaySessions(db, pathwayId, {
    from: parisInstant(`${month}-01`),
    to: parisInstant(`${nextMonth(month)}-01`),
  });
  const rows = sessions
    .filter(({ session, mark }) => mark !== null || session.cancelledAt === null)
    .map(({ session, mark }): StatementRow => {
      const startTime = parisTime(session.startsAt);
      return {
        date: parisDay(session.startsAt),
        halfDay: halfDayOf(startTime),
        startTime,
        endTime: parisTime(session.endsAt),
        module: session.module,
        title: session.title,
        status: mark?.status ?? null,
        hundredths: mark ? (toHundredths(mark.hours) ?? 0) : 0,
      };
    });
  const marked = rows.filter(
    (row): row is StatementRow & { status: AttendanceStatus } => row.status !== null,
  );
  await recordAuditEvent(db, context, {
    action: "attendance.statement",
    recordType: "pathway",
    recordId: pathwayId,
    details: { month },
  });
  return {
    month,
    organisation: place.organisation,
    site: place.site,
    trainee,
    rows,
    totals: { ...totalsOf(marked), unmarked: rows.length - marked.length },
  };
}
