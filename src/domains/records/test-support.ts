import { sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { type GeneratorOptions, generateRecords } from "./generate-records";

/** The sites and some communes of a database, for the generator. */
export async function generatorTerritory(db: Db): Promise<Pick<GeneratorOptions, "sites" | "communes">> {
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: Record<string, string>[] }).rows;
  const sites = await rows(
    sql`select s.code as site_code, l.code as lot_code from sites s join lots l on l.id = s.lot_id order by s.code`,
  );
  const communes = await rows(sql`select code from communes order by code limit 300`);
  return {
    sites: sites.map((row) => ({ siteCode: row.site_code as string, lotCode: row.lot_code as string })),
    communes: communes.map((row) => row.code as string),
  };
}

/** Generated records for this database's territory. */
export async function generatedRecords(db: Db, count: number, seed = 1) {
  return generateRecords({ count, seed, ...(await generatorTerritory(db)) });
}

/** Row counts of the tables an import writes. */
export async function writtenCounts(db: Db) {
  const [row] = (
    (await db.execute(sql`select
      (select count(*) from people)::int as people,
      (select count(*) from referrals)::int as referrals,
      (select count(*) from referral_events)::int as referral_events,
      (select count(*) from pathways)::int as pathways,
      (select count(*) from follow_ups)::int as follow_ups`)) as unknown as { rows: Record<string, number>[] }
  ).rows;
  return row;
}
