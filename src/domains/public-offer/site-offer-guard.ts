import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database";
import { forbidden, notFound } from "../../server/http-errors";
import type { Actor } from "../authorization/actor";
import { can, type ResourceScope } from "../authorization/policies";
import { lots, organisations, sites } from "../territory/territory.tables";

const operators = alias(organisations, "operators");

/**
 * What the `manage SiteOffer` policy looks at in a site: the training organisations that receive its
 * people (the site's organisation, its lot's operator, the operator consortium's lead member).
 */
export async function siteOfferScope(db: Db, siteId: string): Promise<ResourceScope | null> {
  const [row] = await db
    .select({
      organisationId: sites.organisationId,
      lotId: sites.lotId,
      operatorId: lots.operatorId,
      leadMemberId: operators.leadMemberId,
    })
    .from(sites)
    .innerJoin(lots, eq(lots.id, sites.lotId))
    .leftJoin(operators, eq(operators.id, lots.operatorId))
    .where(eq(sites.id, siteId));
  if (!row) return null;
  return {
    organisationId: row.organisationId,
    lotId: row.lotId,
    receivingOrganisationIds: [row.organisationId, row.operatorId, row.leadMemberId],
  };
}

/** Whether `actor` may change this site's public offer; `null` when there is no such site. */
export async function mayManageSiteOffer(
  db: Db,
  actor: Actor | null,
  siteId: string,
): Promise<boolean | null> {
  const scope = await siteOfferScope(db, siteId);
  return scope && can(actor, "manage", "SiteOffer", scope);
}

/** 404 for an unknown site, 403 (in French) for a site another organisation runs. */
export async function ensureMayManageSiteOffer(db: Db, actor: Actor | null, siteId: string): Promise<void> {
  const allowed = await mayManageSiteOffer(db, actor, siteId);
  if (allowed === null) throw notFound("Site introuvable.");
  if (!allowed) {
    throw forbidden(
      "Ce site dépend d'un autre organisme de formation : vous ne pouvez pas modifier son offre.",
    );
  }
}
