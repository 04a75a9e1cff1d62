import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { SiteBody, SiteItem } from "../territory.schemas";
import { lots, sites } from "../territory.tables";
import {
  ensureCodeFree,
  ensureCommunesExist,
  ensureExists,
  ensureIdsExist,
  ensureOperator,
} from "../territory-guards";
import { listSites } from "./list-sites";

/**
 * Creates a site (no `id`) or updates one. Sites are never deleted (trainees' pathways refer to them):
 * `active: false` closes one.
 */
export async function saveSite(
  db: Db,
  context: RequestContext,
  input: SiteBody & { id?: string },
): Promise<SiteItem> {
  return db.transaction(async (tx) => {
    if (input.id) await ensureExists(tx, sites, input.id);
    await ensureCodeFree(tx, sites, input.code, input.id);
    await ensureIdsExist(tx, lots, [input.lotId]);
    await ensureOperator(tx, input.organisationId);
    await ensureCommunesExist(tx, [input.communeCode]);
    const { id, ...fields } = input;
    const [saved] = id
      ? await tx
          .update(sites)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(sites.id, id))
          .returning({ id: sites.id })
      : await tx.insert(sites).values(fields).returning({ id: sites.id });
    if (!saved) throw new Error("site not saved");
    await recordAuditEvent(tx, context, {
      action: id ? "site.update" : "site.create",
      recordType: "site",
      recordId: saved.id,
      details: { code: input.code, capacity: input.capacity, active: input.active },
    });
    const [item] = await listSites(tx, context.actor, { id: saved.id });
    if (!item) throw new Error("site not saved");
    return item;
  });
}
