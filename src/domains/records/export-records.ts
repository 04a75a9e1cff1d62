import { stringify } from "csv-stringify/sync";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { RequestContext } from "../authorization/actor";
import { moduleBreakdown } from "../programme-rules/check-plan";
import type { PlanItem } from "../programme-rules/plan-input";
import { MODULES } from "../programme-rules/programme-rules";
import { listRuleVersions } from "../programme-rules/rule-versions";
import { NATIVE_CHANNEL_SQL } from "./import-records";
import { formatHundredths, numericToHundredths, yesNo } from "./record-values";
import { AMORCE_SOURCE, RECORD_COLUMNS, type RecordCells } from "./records-columns";

type Row = Record<string, string | number | boolean | null>;
const rowsOf = async (db: Db, query: SQL) => ((await db.execute(query)) as unknown as { rows: Row[] }).rows;

export type RecordsExportFilter = { source?: string; lotCode?: string };

/**
 * Every pathway as a line of the records file (`spec/records-and-indicators.md` §2), sorted by source
 * then record_id: imported ones as recorded, Amorce's own with source `amorce`, their id as record_id
 * and their hours computed (attendance marked present or late, internships' hours done; planned from
 * the plan's latest version).
 */
export async function recordLines(db: Db, filter: RecordsExportFilter = {}): Promise<RecordCells[]> {
  const conditions: SQL[] = [sql`true`];
  if (filter.source === AMORCE_SOURCE) conditions.push(sql`p.source is null`);
  else if (filter.source !== undefined) conditions.push(sql`p.source = ${filter.source}`);
  if (filter.lotCode !== undefined) conditions.push(sql`l.code = ${filter.lotCode}`);
  const rows = await rowsOf(
    db,
    sql`select p.id, p.source, p.source_record_id, l.code as lot_code, s.code as site_code,
        pe.last_name, pe.first_name, to_char(pe.birth_date, 'YYYY-MM-DD') as birth_date, pe.gender,
        pe.commune_code, p.qualification_level, p.worked_prior_12m, p.rqth, p.qpv,
        coalesce(r.channel, ${sql.raw(NATIVE_CHANNEL_SQL("r"))}) as channel,
        to_char(coalesce((r.sent_at at time zone 'Europe/Paris')::date, p.entry_date), 'YYYY-MM-DD') as referral_date,
        to_char(p.entry_date, 'YYYY-MM-DD') as entry_date,
        p.recorded_planned_hours, p.recorded_hours_done::text as recorded_hours_done,
        p.recorded_internship_hours::text as recorded_internship_hours,
        to_char(p.exit_date, 'YYYY-MM-DD') as exit_date, p.exit_reason, p.situation_before_12m,
        p.situation_at_exit, f.situation as situation_6m, f.project_identified, f.situation_improved,
        case when p.source is null then (
          select coalesce(sum(a.hours), 0)::text from attendance a
          join collective_sessions cs on cs.id = a.session_id
          where a.pathway_id = p.id and cs.cancelled_at is null and a.status in ('present', 'late')
        ) end as attendance_hours,
        case when p.source is null then (
          select coalesce(sum(i.hours_done), 0)::text from internships i where i.pathway_id = p.id
        ) end as internship_hours_done
      from pathways p
      join people pe on pe.id = p.person_id
      join lots l on l.id = p.lot_id
      join sites s on s.id = p.site_id
      left join referrals r on r.id = p.referral_id
      left join follow_ups f on f.pathway_id = p.id and f.months = 6 and f.answered_at is not null
      where ${sql.join(conditions, sql` and `)}`,
  );
  const planned = await plannedHoursOfAmorcePathways(db, filter.source);
  const lines = rows.map((row): RecordCells => {
    const native = row.source === null;
    const attendanceHours = numericToHundredths(row.attendance_hours as string | null) ?? 0;
    const internshipDone = numericToHundredths(row.internship_hours_done as string | null) ?? 0;
    const exited = row.exit_date !== null;
    return {
      record_id: native ? String(row.id) : String(row.source_record_id),
      source: native ? AMORCE_SOURCE : String(row.source),
      lot_code: String(row.lot_code),
      site_code: String(row.site_code),
      last_name: String(row.last_name),
      first_name: String(row.first_name),
      birth_date: String(row.birth_date),
      gender: (row.gender as string | null) ?? "X",
      commune_code: String(row.commune_code),
      qualification_level: (row.qualification_level as string | null) ?? "",
      worked_prior_12m: yesNo(row.worked_prior_12m as boolean | null),
      rqth: yesNo(Boolean(row.rqth)),
      qpv: yesNo(Boolean(row.qpv)),
      referral_channel: String(row.channel),
      referral_date: String(row.referral_date),
      entry_date: String(row.entry_date),
      planned_hours: String(native ? (planned.get(String(row.id)) ?? 0) : row.recorded_planned_hours),
      hours_done: formatHundredths(
        native
          ? attendanceHours + internshipDone
          : (numericToHundredths(row.recorded_hours_done as string | null) ?? 0),
      ),
      internship_hours: formatHundredths(
        native ? internshipDone : (numericToHundredths(row.recorded_internship_hours as string | null) ?? 0),
      ),
      exit_date: (row.exit_date as string | null) ?? "",
      exit_reason: (row.exit_reason as string | null) ?? "",
      situation_before_12m: (row.situation_before_12m as string | null) ?? "unknown",
      situation_exit: exited ? ((row.situation_at_exit as string | null) ?? "unknown") : "unknown",
      situation_6m: (row.situation_6m as string | null) ?? "",
      project_identified: yesNo(row.project_identified as boolean | null),
      situation_improved: yesNo(row.situation_improved as boolean | null),
    };
  });
  return lines.sort((a, b) =>
    a.source === b.source ? compare(a.record_id, b.record_id) : compare(a.source, b.source),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Hours planned by the latest version of each of Amorce's own plans, counted as its rules count them
 * (modules, the other kinds that count as module hours, internships), rounded to the hour.
 */
export async function plannedHoursOfAmorcePathways(
  db: Db,
  source: string | undefined,
): Promise<Map<string, number>> {
  const planned = new Map<string, number>();
  if (source !== undefined && source !== AMORCE_SOURCE) return planned;
  const plans = await rowsOf(
    db,
    sql`select distinct on (pp.pathway_id) pp.pathway_id, pp.items,
        (select first.rule_version_id from pathway_plans first
          where first.pathway_id = pp.pathway_id order by first.version limit 1) as rule_version_id
      from pathway_plans pp join pathways p on p.id = pp.pathway_id
      where p.source is null
      order by pp.pathway_id, pp.version desc`,
  );
  if (plans.length === 0) return planned;
  const rules = new Map((await listRuleVersions(db)).map((version) => [version.id, version.rules]));
  for (const plan of plans) {
    const items = (typeof plan.items === "string" ? JSON.parse(plan.items) : plan.items) as PlanItem[];
    const breakdown = moduleBreakdown(
      { items },
      rules.get(plan.rule_version_id as string | null) ?? undefined,
    );
    const internships = items.reduce((sum, item) => sum + (item.kind === "internship" ? item.hours : 0), 0);
    const moduleHours = MODULES.reduce(
      (sum, module) => sum + breakdown.modules[module],
      breakdown.unassigned,
    );
    planned.set(String(plan.pathway_id), Math.round(moduleHours + internships));
  }
  return planned;
}

/** The records file: the header, then one line per pathway. */
export function recordsCsv(lines: readonly RecordCells[]): string {
  return stringify(
    [[...RECORD_COLUMNS], ...lines.map((line) => RECORD_COLUMNS.map((column) => line[column]))],
    { record_delimiter: "\n" },
  );
}

/** `amorce records export`: the file, audited (counts only). */
export async function exportRecords(
  db: Db,
  context: RequestContext,
  filter: RecordsExportFilter,
): Promise<{ csv: string; count: number }> {
  const lines = await recordLines(db, filter);
  await recordAuditEvent(db, context, {
    action: "records.export",
    recordType: "records_file",
    details: { ...filter, lines: lines.length },
  });
  return { csv: recordsCsv(lines), count: lines.length };
}
