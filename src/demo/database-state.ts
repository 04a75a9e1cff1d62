import { getTableName, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { recordAuditEvent } from "../domains/audit/record-audit-event";
import { commandLineContext } from "../domains/authorization/actor";
import { loadReferenceData } from "../domains/reference-data";
import { communes, lots, sites, territoryRevision } from "../domains/territory/territory.tables";
import { loadDemoData } from "./load-demo-data";

/** A database nobody has used yet: no lot, no site, no user. Only then does `start` load the demo. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  for (const table of [lots, sites, users]) {
    if ((await db.select({ one: sql`1` }).from(table).limit(1)).length > 0) return false;
  }
  return true;
}

/**
 * Empties every table but the reference communes (territory, accounts, audit log and whatever later
 * areas add), then loads the reference data and the demo again, in one transaction. The territory's
 * revision keeps growing (its triggers count the truncation): a cached list is never taken for current.
 */
export async function resetDemo(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const result = (await tx.execute(
      sql`select quote_ident(table_name) as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in (${getTableName(communes)}, ${getTableName(territoryRevision)})
          order by table_name`,
    )) as unknown as { rows: { name: string }[] };
    const tables = result.rows.map((row) => row.name);
    if (tables.length > 0) await tx.execute(sql.raw(`truncate table ${tables.join(", ")} cascade`));
    await loadReferenceData(tx);
    await loadDemoData(tx);
    await recordAuditEvent(tx, commandLineContext("demo reset"), { action: "demo.reset" });
  });
}
