import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import type { PublicSite } from "../public-offer.schemas";
import type { PublicOfferSnapshot } from "../public-offer-cache";
import { withAvailability } from "./with-availability";

/** One open site as the public sees it; a closed or unknown site is a French 404. */
export async function readPublicSite(db: Db, snapshot: PublicOfferSnapshot, id: string): Promise<PublicSite> {
  const site = snapshot.sitesById.get(id);
  if (!site) throw notFound("Ce site n'existe pas ou n'accueille plus de public.");
  const [item] = await withAvailability(db, [site]);
  if (!item) throw new Error("site lost");
  return item;
}
