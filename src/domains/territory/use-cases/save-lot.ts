import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { LotBody, LotItem } from "../territory.schemas";
import { basins, lotBasins, lots } from "../territory.tables";
import { ensureCodeFree, ensureExists, ensureIdsExist, ensureOperator } from "../territory-guards";
import { listLots } from "./list-lots";

/** Creates a lot (no `id`) or updates one, with its basins; a basin may be in one lot only. */
export async function saveLot(
  db: Db,
  context: RequestContext,
  input: LotBody & { id?: string },
): Promise<LotItem> {
  const basinIds = [...new Set(input.basinIds)];
  return db.transaction(async (tx) => {
    if (input.id) await ensureExists(tx, lots, input.id);
    await ensureCodeFree(tx, lots, input.code, input.id);
    await ensureIdsExist(tx, basins, basinIds);
    if (input.operatorId) await ensureOperator(tx, input.operatorId);
    if (basinIds.length > 0) {
      const taken = await tx
        .select({ basin: basins.code, lot: lots.code })
        .from(lotBasins)
        .innerJoin(basins, eq(basins.id, lotBasins.basinId))
        .innerJoin(lots, eq(lots.id, lotBasins.lotId))
        .where(
          and(inArray(lotBasins.basinId, basinIds), input.id ? ne(lotBasins.lotId, input.id) : undefined),
        );
      if (taken.length > 0) {
        const list = taken.map((row) => `le bassin ${row.basin} est dans le lot ${row.lot}`);
        throw conflict(`Un bassin n'appartient qu'à un lot : ${list.join(" ; ")}.`, { taken });
      }
    }
    const fields = { code: input.code, name: input.name, target: input.target, operatorId: input.operatorId };
    const [saved] = input.id
      ? await tx
          .update(lots)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(lots.id, input.id))
          .returning({ id: lots.id })
      : await tx.insert(lots).values(fields).returning({ id: lots.id });
    if (!saved) throw new Error("lot not saved");
    await tx.delete(lotBasins).where(eq(lotBasins.lotId, saved.id));
    if (basinIds.length > 0) {
      await tx.insert(lotBasins).values(basinIds.map((basinId) => ({ lotId: saved.id, basinId })));
    }
    await recordAuditEvent(tx, context, {
      action: input.id ? "lot.update" : "lot.create",
      recordType: "lot",
      recordId: saved.id,
      details: { code: input.code, target: input.target, basins: basinIds.length },
    });
    const [item] = await listLots(tx, { id: saved.id });
    if (!item) throw new Error("lot not saved");
    return item;
  });
}
