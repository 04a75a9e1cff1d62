import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import type { Actor } from "../../authorization/actor";
import { sites } from "../../territory/territory.tables";
import type { SiteOffer } from "../public-offer.schemas";
import { mayManageSiteOffer } from "../site-offer-guard";

/** What a site tells the public (contact, accessibility), and whether `actor` may change it. */
export async function readSiteOffer(db: Db, actor: Actor | null, siteId: string): Promise<SiteOffer> {
  const [site] = await db
    .select({
      siteId: sites.id,
      accessibility: sites.accessibility,
      contactPhone: sites.contactPhone,
      contactEmail: sites.contactEmail,
    })
    .from(sites)
    .where(eq(sites.id, siteId));
  if (!site) throw notFound("Site introuvable.");
  return { ...site, mayManage: (await mayManageSiteOffer(db, actor, siteId)) === true };
}
