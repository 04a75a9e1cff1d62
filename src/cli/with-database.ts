import { loadConfig } from "../config";
import type { Db } from "../db/database";
import { openDatabase } from "../db/open";

/** Opens (and locks, migrates) the configured database for one command, and always closes it. */
export async function withDatabase<T>(command: string, work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(), { command });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
