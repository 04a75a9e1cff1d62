import path from "node:path";
import type { Config } from "../config";
import { loadReferenceData } from "../domains/reference-data";
import { type DataDirLock, lockDataDir } from "./data-dir-lock";
import { type Database, openPglite, openPostgres } from "./database";

/**
 * Opens the database the configuration names: the PostgreSQL server of `DATABASE_URL`, or the
 * embedded one in `AMORCE_DATA_DIR`, locked for this process. Brings it up to date: migrations,
 * then the reference data (communes, the Region).
 */
export async function openDatabase(config: Config, options: { command: string }): Promise<Database> {
  let database: Database;
  let lock: DataDirLock | undefined;
  if (config.databaseUrl) {
    database = openPostgres(config.databaseUrl);
  } else {
    lock = lockDataDir(config.dataDir, options.command);
    try {
      database = await openPglite({ dataDir: path.join(config.dataDir, "pgdata") });
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await database.migrate();
    await loadReferenceData(database.db);
  } catch (error) {
    await database.close();
    lock?.release();
    throw error;
  }
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      lock?.release();
    },
  };
}
