import { eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../../db/database";
import { forbidden, notFound } from "../../server/http-errors";
import type { Actor } from "../authorization/actor";
import { type Action, can, type ResourceScope, type Subject } from "../authorization/policies";
import { referrals } from "../referrals/referrals.tables";
import { pathwayResource } from "./pathway-scope";
import { pathways } from "./pathways.tables";

export const PATHWAY_NOT_FOUND = "Parcours introuvable.";

export type PathwayRecord = typeof pathways.$inferSelect & {
  prescriberOrganisationId: string | null;
  referentUserId: string | null;
};

/**
 * A pathway the actor may act on (`action` on `subject`, `Pathway` unless said), locked for the rest of
 * the transaction when `forUpdate`. A pathway they may not even read is « introuvable » (its existence
 * is not revealed); one they may read but not act on this way is forbidden.
 */
export async function pathwayFor(
  db: Db,
  actor: Actor,
  id: string,
  action: Action,
  options: { subject?: Subject; forUpdate?: boolean } = {},
): Promise<{ pathway: PathwayRecord; resource: ResourceScope }> {
  const query = db
    .select({
      ...getTableColumns(pathways),
      prescriberOrganisationId: referrals.prescriberOrganisationId,
      referentUserId: referrals.referentUserId,
    })
    .from(pathways)
    .leftJoin(referrals, eq(referrals.id, pathways.referralId))
    .where(eq(pathways.id, id));
  const [pathway] = options.forUpdate ? await query.for("update", { of: pathways }) : await query;
  if (!pathway) throw notFound(PATHWAY_NOT_FOUND);
  const resource = await pathwayResource(db, pathway);
  if (!can(actor, "read", "Pathway", resource)) throw notFound(PATHWAY_NOT_FOUND);
  if (!can(actor, action, options.subject ?? "Pathway", resource)) throw forbidden();
  return { pathway, resource };
}
