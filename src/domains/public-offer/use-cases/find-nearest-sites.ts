import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import { nearestSites, roundKm } from "../nearest-sites";
import type { NearbySites, PublicSitesQuery } from "../public-offer.schemas";
import type { CommunePlace, PublicOfferSnapshot } from "../public-offer-cache";
import { withAvailability } from "./with-availability";

/** How many sites the public finder shows. */
export const NEAREST_SITES_SHOWN = 10;

/**
 * The open sites nearest to a commune, or to the most populous commune of a postal code, with their
 * free places and next information sessions (two queries, whatever the number of sites).
 */
export async function findNearestSites(
  db: Db,
  snapshot: PublicOfferSnapshot,
  query: PublicSitesQuery,
): Promise<NearbySites> {
  const { origin, sharing } = locate(snapshot, query);
  const nearest = nearestSites(origin, snapshot.sites, NEAREST_SITES_SHOWN).map((site) => ({
    ...site,
    distanceKm: roundKm(site.distanceKm),
  }));
  return {
    origin: {
      code: origin.code,
      name: origin.name,
      postalCode: query.postalCode ?? null,
      communesSharingPostalCode: sharing,
    },
    items: await withAvailability(db, nearest),
  };
}

function locate(
  snapshot: PublicOfferSnapshot,
  query: PublicSitesQuery,
): { origin: CommunePlace; sharing: number } {
  if (query.postalCode !== undefined) {
    const communes = snapshot.communesByPostalCode.get(query.postalCode) ?? [];
    const [mostPopulous] = communes;
    if (!mostPopulous) {
      throw notFound(`Aucune commune de la région n'a le code postal ${query.postalCode}.`);
    }
    return { origin: mostPopulous, sharing: communes.length };
  }
  const commune = query.commune === undefined ? undefined : snapshot.communesByCode.get(query.commune);
  if (!commune) throw notFound("Cette commune n'est pas une commune de la région.");
  return { origin: commune, sharing: 0 };
}
