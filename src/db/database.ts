import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A Drizzle handle on either engine; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  engine: "pglite" | "postgres";
  /** The PGlite instance, when embedded (used to dump and load test databases). */
  pglite?: PGlite;
  /** Applies the SQL migrations of `src/db/migrations` that have not run yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens a PostgreSQL server through a pool. */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 20 });
  const driver = drizzleNodePostgres(pool, { schema });
  return {
    db: driver as unknown as Db,
    engine: "postgres",
    migrate: () => migrateNodePostgres(driver, { migrationsFolder }),
    close: () => pool.end(),
  };
}

/**
 * Opens an embedded PGlite database: in `dataDir` on disk, or in memory without one.
 * The caller holds the data directory's lock (see `data-dir-lock.ts`).
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob | File } = {},
): Promise<Database> {
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
  const driver = drizzlePglite(pglite, { schema });
  return {
    db: driver as unknown as Db,
    engine: "pglite",
    pglite,
    migrate: () => migratePglite(driver, { migrationsFolder }),
    close: () => pglite.close(),
  };
}
