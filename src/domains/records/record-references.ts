import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { RecordReferences } from "./validate-records";

type Row = Record<string, string>;
const rowsOf = async (db: Db, query: SQL) => ((await db.execute(query)) as unknown as { rows: Row[] }).rows;

/** What a records file is checked against, read once: lots, sites, communes, Amorce's own pathways. */
export async function loadRecordReferences(db: Db): Promise<RecordReferences> {
  const [lots, sites, communes, pathways] = [
    await rowsOf(db, sql`select id, code from lots`),
    await rowsOf(
      db,
      sql`select s.id, s.code, l.code as lot_code from sites s join lots l on l.id = s.lot_id`,
    ),
    await rowsOf(db, sql`select code from communes`),
    await rowsOf(db, sql`select id from pathways where source is null`),
  ];
  return {
    lots: new Map(lots.map((row) => [row.code as string, row.id as string])),
    sites: new Map(
      sites.map((row) => [row.code as string, { id: row.id as string, lotCode: row.lot_code as string }]),
    ),
    communes: new Set(communes.map((row) => row.code as string)),
    amorcePathwayIds: new Set(pathways.map((row) => row.id as string)),
  };
}
