import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { commandLineContext } from "../authorization/actor";
import { importRecords } from "../records/import-records";
import { loadRecordReferences } from "../records/record-references";
import { RECORD_COLUMNS, type RecordCells } from "../records/records-columns";
import { validateRecords } from "../records/validate-records";
import { RURAL_COMMUNE_POPULATION } from "../referral-statistics/basin-coverage";
import { rowsOf } from "./count-indicators";

/**
 * Test data for the indicators, on the demo template (whose own pathways start in 2019): hand-made
 * records imported with every field, and the places to put them.
 */

/** One record: what is not given is empty (no exit, no answer), or a plain default. */
export type TestRecord = Partial<RecordCells> &
  Pick<RecordCells, "record_id" | "site_code" | "commune_code" | "entry_date">;

/** Imports the records (source `test`) through the records import; their pathways' ids by record id. */
export async function importTestRecords(
  db: Db,
  records: readonly TestRecord[],
): Promise<Map<string, string>> {
  const lotOf = new Map(
    (await rowsOf(db, sql`select s.code, l.code as lot from sites s join lots l on l.id = s.lot_id`)).map(
      (row) => [String(row.code), String(row.lot)],
    ),
  );
  const lines = records.map((record, index) => {
    const cells: RecordCells = {
      source: "test",
      lot_code: lotOf.get(record.site_code) ?? "",
      last_name: "Essai",
      first_name: `Personne ${record.record_id}`,
      birth_date: "1990-06-15",
      gender: "F",
      qualification_level: "",
      worked_prior_12m: "",
      rqth: "no",
      qpv: "no",
      referral_channel: "france_travail",
      referral_date: record.entry_date,
      planned_hours: "300",
      hours_done: "0",
      internship_hours: "0",
      exit_date: "",
      exit_reason: "",
      situation_before_12m: "unknown",
      situation_exit: "unknown",
      situation_6m: "",
      project_identified: "",
      situation_improved: "",
      ...record,
    };
    return { line: index + 2, cells: RECORD_COLUMNS.map((column) => cells[column]) };
  });
  const { problems, records: valid } = validateRecords(RECORD_COLUMNS, lines, await loadRecordReferences(db));
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  await importRecords(db, commandLineContext("test"), valid, { file: "test.csv" });
  const pathways = await rowsOf(
    db,
    sql`select source_record_id, id::text from pathways where source = 'test'`,
  );
  return new Map(pathways.map((row) => [row.source_record_id as string, row.id as string]));
}

/** Sends the referral of each imported record's pathway from this prescriber organisation. */
export async function referredBy(db: Db, pathwayIds: readonly string[], organisationCode: string) {
  await db.execute(sql`update referrals set prescriber_organisation_id = (select id from organisations where code = ${organisationCode})
    where id in (select referral_id from pathways where id::text in (${sql.join(
      pathwayIds.map((id) => sql`${id}`),
      sql`, `,
    )}))`);
}

/** A rural and an urban commune of a lot's basins, and the basin of each. */
export async function communesOf(db: Db, lotId: string) {
  const pick = async (rural: boolean) => {
    const [row] = await rowsOf(
      db,
      sql`select c.code, bc.basin_id::text as basin_id from lot_basins lb
        join basin_communes bc on bc.basin_id = lb.basin_id join communes c on c.code = bc.commune_code
        where lb.lot_id = ${lotId}::uuid and (c.population < ${RURAL_COMMUNE_POPULATION}) = ${rural}
        order by lb.basin_id, c.code limit 1`,
    );
    if (!row) throw new Error(`no ${rural ? "rural" : "urban"} commune in lot ${lotId}`);
    return { code: row.code as string, basinId: row.basin_id as string };
  };
  return { rural: await pick(true), urban: await pick(false) };
}

export type TestSite = { id: string; code: string; lotId: string; lotCode: string };

/** The sites of the demo, with their lot and organisation. */
export async function sitesWithLots(db: Db) {
  return (
    await rowsOf(
      db,
      sql`select s.id::text, s.code, s.lot_id::text as lot_id, l.code as lot_code, o.code as organisation,
        l.operator_id::text as operator_id, op.lead_member_id::text as operator_lead, s.organisation_id::text as organisation_id
        from sites s join lots l on l.id = s.lot_id join organisations o on o.id = s.organisation_id
        left join organisations op on op.id = l.operator_id where s.active order by s.code`,
    )
  ).map((row) => ({
    id: row.id as string,
    code: row.code as string,
    lotId: row.lot_id as string,
    lotCode: row.lot_code as string,
    organisation: row.organisation as string,
    organisationId: row.organisation_id as string,
    operatorId: row.operator_id,
    operatorLead: row.operator_lead,
  }));
}
