import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { RequestContext } from "../authorization/actor";
import { AMORCE_SOURCE } from "./records-columns";
import type { ValidRecord } from "./validate-records";

/** Lines written per round trip: one JSON parameter each, unpacked by the database. */
export const IMPORT_BATCH_SIZE = 5000;

export type RecordImportCounts = { created: number; updated: number; unchanged: number };

type Row = Record<string, unknown>;
const rowsOf = async (db: Db, query: SQL) => ((await db.execute(query)) as unknown as { rows: Row[] }).rows;

/** The staging table's columns, as `jsonb_to_recordset` reads them from each batch. */
const STAGED = `line int, record_id text, source text, is_amorce boolean, is_new boolean, pathway_id uuid,
  person_id uuid, referral_id uuid, lot_id uuid,
  site_id uuid, last_name text, first_name text, birth_date date, identity_key text, gender text,
  commune_code text, qualification_level text, worked_prior_12m boolean, rqth boolean, qpv boolean,
  channel text, referral_date date, entry_date date, planned_hours int, hours_done numeric,
  internship_hours numeric, exit_date date, exit_reason text, situation_before_12m text,
  situation_at_exit text, situation_6m text, project_identified boolean, situation_improved boolean`;
const STAGED_NAMES = STAGED.split(",").map((column) => column.trim().split(/\s+/)[0] as string);

/**
 * A record as staged: new ids are drawn for every record, and kept only by the records found to be new
 * (one update less per batch than drawing them for the new ones afterwards).
 */
function staged(record: ValidRecord): Row {
  const isAmorce = record.source === AMORCE_SOURCE;
  return {
    line: record.line,
    record_id: record.recordId,
    source: record.source,
    is_amorce: isAmorce,
    is_new: !isAmorce,
    pathway_id: isAmorce ? record.recordId : randomUUID(),
    person_id: isAmorce ? null : randomUUID(),
    referral_id: isAmorce ? null : randomUUID(),
    lot_id: record.lotId,
    site_id: record.siteId,
    last_name: record.lastName,
    first_name: record.firstName,
    birth_date: record.birthDate,
    identity_key: record.identityKey,
    gender: record.gender,
    commune_code: record.communeCode,
    qualification_level: record.qualificationLevel,
    worked_prior_12m: record.workedPrior12m,
    rqth: record.rqth,
    qpv: record.qpv,
    channel: record.channel,
    referral_date: record.referralDate,
    entry_date: record.entryDate,
    planned_hours: record.plannedHours,
    hours_done: record.hoursDone / 100,
    internship_hours: record.internshipHours / 100,
    exit_date: record.exitDate,
    exit_reason: record.exitReason,
    situation_before_12m: record.situationBefore12m,
    situation_at_exit: record.situationAtExit,
    situation_6m: record.situation6m,
    project_identified: record.projectIdentified,
    situation_improved: record.situationImproved,
  };
}

/** Midnight, Paris time, of a staged date column. */
const paris = (column: string) => `(${column}::timestamp at time zone 'Europe/Paris')`;

/** Marks as changed the staged records a data-modifying statement returned (`returning pathway_id`). */
const markChanged = (statement: string) =>
  sql.raw(`with touched as (${statement})
    update record_staging set changed = true
    where pathway_id in (select pathway_id from touched) and not is_new and not changed`);

/**
 * Writes valid records, in the caller's transaction, batch by batch through a staging table: each batch
 * is a handful of set-based statements, whatever its size. A record already imported (same source and
 * record_id) is updated; a row of source `amorce` updates Amorce's own pathway, never its hours nor who
 * the person is. Lines that change nothing write nothing.
 */
export async function writeRecords(
  db: Db,
  records: readonly ValidRecord[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RecordImportCounts> {
  await db.execute(
    sql.raw(
      `create temp table record_staging (${STAGED}, changed boolean not null default false) on commit drop`,
    ),
  );
  const counts: RecordImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < records.length; start += IMPORT_BATCH_SIZE) {
    const batch = records.slice(start, start + IMPORT_BATCH_SIZE);
    await db.execute(sql.raw("truncate record_staging"));
    await db.execute(
      sql`insert into record_staging (${sql.raw(STAGED_NAMES.join(", "))})
        select ${sql.raw(STAGED_NAMES.join(", "))}
        from jsonb_to_recordset(${JSON.stringify(batch.map(staged))}::jsonb) as x(${sql.raw(STAGED)})`,
    );
    await writeBatch(db);
    const [row] = await rowsOf(
      db,
      sql.raw(`select count(*) filter (where is_new)::int as created,
        count(*) filter (where changed)::int as updated, count(*)::int as total from record_staging`),
    );
    const created = Number(row?.created);
    const updated = Number(row?.updated);
    counts.created += created;
    counts.updated += updated;
    counts.unchanged += Number(row?.total) - created - updated;
    onProgress(start + batch.length, records.length);
  }
  return counts;
}

async function writeBatch(db: Db): Promise<void> {
  const run = (statement: string) => db.execute(sql.raw(statement));
  // Which records are known: imported ones by their key, Amorce's own by their id (given).
  await run(`update record_staging s set pathway_id = p.id, person_id = p.person_id, referral_id = p.referral_id,
      is_new = false
    from pathways p
    where not s.is_amorce and p.source is not null and p.source = s.source and p.source_record_id = s.record_id`);
  await run(`update record_staging s set person_id = p.person_id, referral_id = p.referral_id
    from pathways p where s.is_amorce and p.id = s.pathway_id`);

  // New records: a person, an entered referral with its history, a pathway.
  await run(`insert into people (id, last_name, first_name, birth_date, identity_key, commune_code, gender)
    select person_id, last_name, first_name, birth_date, identity_key, commune_code, gender
    from record_staging where is_new`);
  await run(`insert into referrals (id, kind, status, person_id, lot_id, site_id, channel, sent_at, status_changed_at)
    select referral_id, case when channel = 'self' then 'self_referral' else 'prescription' end, 'entered',
      person_id, lot_id, site_id, channel, ${paris("referral_date")}, ${paris("entry_date")}
    from record_staging where is_new`);
  await run(`insert into referral_events (referral_id, at, kind, from_status, to_status, actor_kind, actor_label)
    select referral_id, ${paris("referral_date")}, 'created', null, 'sent', 'system', 'Reprise de données : ' || source
    from record_staging where is_new
    union all
    select referral_id, ${paris("entry_date")}, 'status_changed', 'sent', 'entered', 'system', 'Reprise de données : ' || source
    from record_staging where is_new`);
  await run(`insert into pathways (id, person_id, referral_id, site_id, lot_id, entry_date, situation_before_12m,
      qualification_level, worked_prior_12m, rqth, qpv, exit_date, exit_reason, situation_at_exit, source,
      source_record_id, recorded_planned_hours, recorded_hours_done, recorded_internship_hours)
    select pathway_id, person_id, referral_id, site_id, lot_id, entry_date, situation_before_12m,
      qualification_level, worked_prior_12m, rqth, qpv, exit_date, exit_reason, situation_at_exit, source,
      record_id, planned_hours, hours_done, internship_hours
    from record_staging where is_new`);

  // Known records: only what differs is written (what an export writes for an unknown value, X or
  // unknown, is the same as nothing recorded).
  await db.execute(
    markChanged(`update people p set last_name = s.last_name, first_name = s.first_name, birth_date = s.birth_date,
      identity_key = s.identity_key, commune_code = s.commune_code, gender = s.gender, updated_at = now()
    from record_staging s
    where not s.is_new and not s.is_amorce and p.id = s.person_id
      and (p.last_name, p.first_name, p.birth_date, p.commune_code, p.gender)
        is distinct from (s.last_name, s.first_name, s.birth_date, s.commune_code, s.gender)
    returning s.pathway_id`),
  );
  await db.execute(
    markChanged(`update people p set gender = s.gender, updated_at = now()
    from record_staging s
    where s.is_amorce and p.id = s.person_id and coalesce(p.gender, 'X') is distinct from s.gender
    returning s.pathway_id`),
  );
  await db.execute(
    markChanged(`update referrals r set kind = case when s.channel = 'self' then 'self_referral' else 'prescription' end,
      channel = s.channel, lot_id = s.lot_id, site_id = s.site_id, sent_at = ${paris("s.referral_date")},
      status_changed_at = ${paris("s.entry_date")}, updated_at = now()
    from record_staging s
    where not s.is_new and not s.is_amorce and r.id = s.referral_id
      and (r.channel, r.lot_id, r.site_id, r.sent_at, r.status_changed_at)
        is distinct from (s.channel, s.lot_id, s.site_id, ${paris("s.referral_date")}, ${paris("s.entry_date")})
    returning s.pathway_id`),
  );
  // Amorce's own referrals: the channel only, when it is not the one their kind and prescriber give.
  await db.execute(
    markChanged(`update referrals r set channel = s.channel, updated_at = now()
    from record_staging s
    where s.is_amorce and r.id = s.referral_id
      and coalesce(r.channel, ${NATIVE_CHANNEL_SQL("r")}) is distinct from s.channel
    returning s.pathway_id`),
  );
  await db.execute(
    markChanged(`update pathways p set site_id = s.site_id, lot_id = s.lot_id, entry_date = s.entry_date,
      recorded_planned_hours = s.planned_hours, recorded_hours_done = s.hours_done,
      recorded_internship_hours = s.internship_hours, updated_at = now()
    from record_staging s
    where not s.is_new and not s.is_amorce and p.id = s.pathway_id
      and (p.site_id, p.lot_id, p.entry_date, p.recorded_planned_hours, p.recorded_hours_done, p.recorded_internship_hours)
        is distinct from (s.site_id, s.lot_id, s.entry_date, s.planned_hours, s.hours_done, s.internship_hours)
    returning s.pathway_id`),
  );
  await db.execute(
    markChanged(`update pathways p set situation_before_12m = s.situation_before_12m,
      qualification_level = s.qualification_level, worked_prior_12m = s.worked_prior_12m, rqth = s.rqth,
      qpv = s.qpv, exit_date = s.exit_date, exit_reason = s.exit_reason, situation_at_exit = s.situation_at_exit,
      updated_at = now()
    from record_staging s
    where not s.is_new and p.id = s.pathway_id
      and (coalesce(p.situation_before_12m, 'unknown'), p.qualification_level, p.worked_prior_12m, p.rqth, p.qpv,
          p.exit_date, p.exit_reason, case when p.exit_date is not null then coalesce(p.situation_at_exit, 'unknown') end)
        is distinct from (s.situation_before_12m, s.qualification_level, s.worked_prior_12m, s.rqth, s.qpv,
          s.exit_date, s.exit_reason, s.situation_at_exit)
    returning s.pathway_id`),
  );

  // The answers at 6 months: an imported follow-up, never over an answer given in Amorce.
  await db.execute(
    markChanged(`insert into follow_ups as f (pathway_id, months, due_date, answered_at, answer_channel, situation,
        project_identified, situation_improved)
      select pathway_id, 6, (exit_date + interval '6 months')::date,
        ((exit_date + interval '6 months')::date::timestamp at time zone 'Europe/Paris'), 'import', situation_6m,
        project_identified, situation_improved
      from record_staging
      where situation_6m is not null or project_identified is not null or situation_improved is not null
    on conflict (pathway_id, months) do update set due_date = excluded.due_date, answered_at = excluded.answered_at,
      answer_channel = 'import', situation = excluded.situation, project_identified = excluded.project_identified,
      situation_improved = excluded.situation_improved, updated_at = now()
    where (f.answer_channel is null or f.answer_channel = 'import')
      and (f.due_date, f.answered_at, f.answer_channel, f.situation, f.project_identified, f.situation_improved)
        is distinct from (excluded.due_date, excluded.answered_at, 'import', excluded.situation,
          excluded.project_identified, excluded.situation_improved)
    returning f.pathway_id`),
  );
  await db.execute(
    markChanged(`delete from follow_ups f using record_staging s
    where f.pathway_id = s.pathway_id and f.months = 6 and f.answer_channel = 'import'
      and s.situation_6m is null and s.project_identified is null and s.situation_improved is null
    returning s.pathway_id`),
  );
}

/** The channel of one of Amorce's own referrals: `self`, or its prescriber's network (`other` if none). */
export const NATIVE_CHANNEL_SQL = (referral: string) =>
  `case when ${referral}.kind = 'self_referral' then 'self'
    else coalesce((select o.network_type from organisations o where o.id = ${referral}.prescriber_organisation_id), 'other') end`;

/**
 * Imports valid records in one transaction: all of them, or none if anything fails (the process killed
 * included). Audited with the counts only.
 */
export async function importRecords(
  db: Db,
  context: RequestContext,
  records: readonly ValidRecord[],
  options: { file: string; onProgress?: (done: number, total: number) => void },
): Promise<RecordImportCounts> {
  return db.transaction(async (tx) => {
    const counts = await writeRecords(tx, records, options.onProgress);
    await recordAuditEvent(tx, context, {
      action: "records.import",
      recordType: "records_file",
      details: { file: options.file, lines: records.length, ...counts },
    });
    return counts;
  });
}
