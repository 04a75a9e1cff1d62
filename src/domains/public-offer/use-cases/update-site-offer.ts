import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { sites } from "../../territory/territory.tables";
import type { SiteOffer, SiteOfferBody } from "../public-offer.schemas";
import { ensureMayManageSiteOffer } from "../site-offer-guard";
import { readSiteOffer } from "./read-site-offer";

/** A training organisation (or the Region) changes what its site tells the public. */
export async function updateSiteOffer(
  db: Db,
  context: RequestContext,
  input: SiteOfferBody & { siteId: string },
): Promise<SiteOffer> {
  return db.transaction(async (tx) => {
    await ensureMayManageSiteOffer(tx, context.actor, input.siteId);
    const { siteId, ...offer } = input;
    await tx
      .update(sites)
      .set({ ...offer, updatedAt: new Date() })
      .where(eq(sites.id, siteId));
    await recordAuditEvent(tx, context, {
      action: "site.offer_update",
      recordType: "site",
      recordId: siteId,
      details: { filled: Object.keys(offer).filter((key) => offer[key as keyof typeof offer] !== null) },
    });
    return readSiteOffer(tx, context.actor, siteId);
  });
}
