import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { BasinBody, BasinItem } from "../territory.schemas";
import { basinCommunes, basins, communes } from "../territory.tables";
import { ensureCodeFree, ensureCommunesExist, ensureExists } from "../territory-guards";
import { listBasins } from "./list-basins";

const CHUNK = 1000;

/** Creates a basin (no `id`) or updates one, with its communes; a commune may be in one basin only. */
export async function saveBasin(
  db: Db,
  context: RequestContext,
  input: BasinBody & { id?: string },
): Promise<BasinItem> {
  const communeCodes = [...new Set(input.communeCodes)];
  return db.transaction(async (tx) => {
    if (input.id) await ensureExists(tx, basins, input.id);
    await ensureCodeFree(tx, basins, input.code, input.id);
    await ensureCommunesExist(tx, communeCodes);
    if (communeCodes.length > 0) {
      const taken = await tx
        .select({ commune: communes.name, code: communes.code, basin: basins.code })
        .from(basinCommunes)
        .innerJoin(basins, eq(basins.id, basinCommunes.basinId))
        .innerJoin(communes, eq(communes.code, basinCommunes.communeCode))
        .where(
          and(
            inArray(basinCommunes.communeCode, communeCodes),
            input.id ? ne(basinCommunes.basinId, input.id) : undefined,
          ),
        );
      if (taken.length > 0) {
        const list = taken.map((row) => `${row.commune} (${row.code}) est dans le bassin ${row.basin}`);
        throw conflict(`Une commune n'appartient qu'à un bassin : ${list.join(" ; ")}.`, { taken });
      }
    }
    const fields = { code: input.code, name: input.name };
    const [saved] = input.id
      ? await tx
          .update(basins)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(basins.id, input.id))
          .returning({ id: basins.id })
      : await tx.insert(basins).values(fields).returning({ id: basins.id });
    if (!saved) throw new Error("basin not saved");
    await tx.delete(basinCommunes).where(eq(basinCommunes.basinId, saved.id));
    for (let start = 0; start < communeCodes.length; start += CHUNK) {
      await tx
        .insert(basinCommunes)
        .values(
          communeCodes.slice(start, start + CHUNK).map((communeCode) => ({ basinId: saved.id, communeCode })),
        );
    }
    await recordAuditEvent(tx, context, {
      action: input.id ? "basin.update" : "basin.create",
      recordType: "basin",
      recordId: saved.id,
      details: { code: input.code, communes: communeCodes.length },
    });
    const [item] = await listBasins(tx, { id: saved.id });
    if (!item) throw new Error("basin not saved");
    return item;
  });
}
