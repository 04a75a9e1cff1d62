import { eq } from "drizzle-orm";
import type { ZodType } from "zod";
import type { Db } from "../../db/database";
import { serializerFor } from "../../server/response-serializer";
import { territoryRevision } from "./territory.tables";

/**
 * The territory's full lists (every site, lot, basin, organisation) are read on most pages and change
 * rarely. This cache keeps each one serialised for the territory revision it was read at; every request
 * still asks the database for the current revision (one prepared primary-key read), so a change
 * committed by any process is seen at once.
 */
export function createTerritoryListCache(db: () => Db) {
  const entries = new Map<string, { revision: number; body: Promise<string> }>();
  const serializers = new Map<string, (value: unknown) => string>();
  const currentRevision = territoryRevisionReader(db);

  return {
    /** The JSON body of list `key`, read with `load` only when the territory changed since. */
    async body(key: string, schema: ZodType, load: () => Promise<unknown>): Promise<string> {
      const revision = await currentRevision();
      const cached = entries.get(key);
      if (cached?.revision === revision) return cached.body;
      // Requests arriving while the list is read share that one read.
      let serialize = serializers.get(key);
      if (!serialize) {
        serialize = serializerFor(schema);
        serializers.set(key, serialize);
      }
      const body = load().then(serialize);
      entries.set(key, { revision, body });
      body.catch(() => {
        if (entries.get(key)?.body === body) entries.delete(key);
      });
      return body;
    },
  };
}

/** Reads the territory's current revision: one prepared primary-key read per call. */
export function territoryRevisionReader(db: () => Db): () => Promise<number> {
  const revisionQueries = new WeakMap<Db, ReturnType<typeof prepareRevisionQuery>>();
  return async () => {
    const database = db();
    let query = revisionQueries.get(database);
    if (!query) {
      query = prepareRevisionQuery(database);
      revisionQueries.set(database, query);
    }
    const [row] = await query.execute();
    return Number(row?.revision ?? 0);
  };
}

function prepareRevisionQuery(db: Db) {
  return db
    .select({ revision: territoryRevision.revision })
    .from(territoryRevision)
    .where(eq(territoryRevision.id, 1))
    .prepare("territory_revision");
}
