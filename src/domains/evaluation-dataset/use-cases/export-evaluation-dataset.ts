import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden, HttpError, notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { plannedHoursOfAmorcePathways } from "../../records/export-records";
import { numericToHundredths } from "../../records/record-values";
import { AMORCE_SOURCE } from "../../records/records-columns";
import { RURAL_COMMUNE_POPULATION } from "../../referral-statistics/basin-coverage";
import { type DatasetRow, datasetCsv } from "../dataset-columns";
import type { EvaluationDatasetFilter } from "../evaluation-dataset.schemas";
import { pseudonymOf } from "../pseudonym";

type Row = Record<string, string | number | boolean | null>;

/**
 * Every pathway entered in the period (and lot) as a line of the evaluation dataset, read from the
 * indicators' own facts (`indicator_facts`) so that the figures an evaluator recomputes from it are the
 * dashboards' figures. Sorted by pseudonym, then entry day: a person's pathways follow each other.
 */
export async function evaluationDatasetRows(
  db: Db,
  key: string,
  filter: EvaluationDatasetFilter,
): Promise<DatasetRow[]> {
  const conditions: SQL[] = [sql`true`];
  if (filter.from) conditions.push(sql`f.entry_date >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`f.entry_date <= ${filter.to}::date`);
  if (filter.lot) conditions.push(sql`l.code = ${filter.lot}`);
  const result = (await db.execute(
    sql`select p.person_id::text as person_id, p.id::text as pathway_id, p.source, p.recorded_planned_hours,
        l.code as lot_code, s.code as site_code, f.birth_year, f.gender, f.commune_code, b.code as basin_code,
        coalesce(c.population < ${RURAL_COMMUNE_POPULATION}, false) as rural,
        f.qualification_level, f.worked_prior_12m, f.rqth, f.qpv, f.channel,
        to_char(coalesce((r.sent_at at time zone 'Europe/Paris')::date, f.entry_date), 'YYYY-MM-DD') as referral_date,
        to_char(f.entry_date, 'YYYY-MM-DD') as entry_date, f.hours_done::text as hours_done,
        f.internship_hours::text as internship_hours, to_char(f.exit_date, 'YYYY-MM-DD') as exit_date,
        f.exit_reason, f.situation_before_12m, f.situation_at_exit, f.situation_6m, f.project_identified,
        f.situation_improved
      from indicator_facts f
      join pathways p on p.id = f.pathway_id
      join lots l on l.id = f.lot_id
      join sites s on s.id = f.site_id
      left join referrals r on r.id = p.referral_id
      left join communes c on c.code = f.commune_code
      left join basin_communes bc on bc.commune_code = f.commune_code
      left join basins b on b.id = bc.basin_id
      where ${sql.join(conditions, sql` and `)}`,
  )) as unknown as { rows: Row[] };
  const planned = await plannedHoursOfAmorcePathways(db, AMORCE_SOURCE);
  const text = (value: Row[string] | undefined) =>
    value === null || value === undefined ? null : String(value);
  const rows = result.rows.map(
    (row): DatasetRow => ({
      pseudonym: pseudonymOf(key, String(row.person_id)),
      source: row.source === null ? AMORCE_SOURCE : String(row.source),
      lotCode: String(row.lot_code),
      siteCode: String(row.site_code),
      birthYear: Number(row.birth_year),
      gender: text(row.gender),
      communeCode: String(row.commune_code),
      basinCode: text(row.basin_code),
      rural: Boolean(row.rural),
      qualificationLevel: text(row.qualification_level),
      workedPrior12m: row.worked_prior_12m as boolean | null,
      rqth: Boolean(row.rqth),
      qpv: Boolean(row.qpv),
      channel: String(row.channel),
      referralDate: String(row.referral_date),
      entryDate: String(row.entry_date),
      plannedHours:
        row.source === null
          ? (planned.get(String(row.pathway_id)) ?? 0)
          : Number(row.recorded_planned_hours ?? 0),
      hoursDone: numericToHundredths(text(row.hours_done)) ?? 0,
      internshipHours: numericToHundredths(text(row.internship_hours)) ?? 0,
      exitDate: text(row.exit_date),
      exitReason: text(row.exit_reason),
      situationBefore12m: text(row.situation_before_12m),
      situationAtExit: text(row.situation_at_exit),
      situation6m: text(row.situation_6m),
      projectIdentified: row.project_identified as boolean | null,
      situationImproved: row.situation_improved as boolean | null,
    }),
  );
  return rows.sort((a, b) =>
    a.pseudonym === b.pseudonym ? compare(a.entryDate, b.entryDate) : compare(a.pseudonym, b.pseudonym),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Refused, in French, when the deployment has no key of its own (see `EVALUATION_PSEUDONYM_KEY`). */
export function requirePseudonymKey(key: string | null): string {
  if (key !== null) return key;
  throw new HttpError(
    503,
    "Le jeu de données pseudonymisé n'est pas disponible : l'administrateur doit régler la clé EVALUATION_PSEUDONYM_KEY.",
    "not_configured",
  );
}

/**
 * The pseudonymised evaluation dataset as CSV, for the Region and evaluators; audited with the filter
 * and the number of lines only.
 */
export async function exportEvaluationDataset(
  db: Db,
  context: RequestContext,
  key: string | null,
  filter: EvaluationDatasetFilter,
): Promise<{ csv: string; count: number }> {
  if (context.actor && !can(context.actor, "read", "EvaluationDataset")) throw forbidden();
  const secret = requirePseudonymKey(key);
  if (filter.lot) {
    const found = (await db.execute(sql`select 1 from lots where code = ${filter.lot}`)) as unknown as {
      rows: unknown[];
    };
    if (found.rows.length === 0) throw notFound(`Lot « ${filter.lot} » introuvable.`);
  }
  const rows = await evaluationDatasetRows(db, secret, filter);
  await recordAuditEvent(db, context, {
    action: "evaluation_dataset.export",
    recordType: "evaluation_dataset",
    details: { ...filter, lines: rows.length },
  });
  return { csv: datasetCsv(rows), count: rows.length };
}
