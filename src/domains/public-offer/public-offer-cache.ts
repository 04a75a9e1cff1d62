import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { communes, sites } from "../territory/territory.tables";
import { territoryRevisionReader } from "../territory/territory-list-cache";
import type { Point } from "./nearest-sites";

/** An open site as the public sees it, without what changes every day (free places, sessions). */
export type OpenSite = Point & {
  id: string;
  code: string;
  name: string;
  communeName: string;
  address: string | null;
  capacity: number;
  mandatoryRural: boolean;
  accessibility: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

export type CommunePlace = Point & { code: string; name: string };

/** The static part of the public offer: open sites, and the communes a search may start from. */
export type PublicOfferSnapshot = {
  sites: readonly OpenSite[];
  sitesById: ReadonlyMap<string, OpenSite>;
  communesByCode: ReadonlyMap<string, CommunePlace>;
  /** The communes of each postal code, the most populous first. */
  communesByPostalCode: ReadonlyMap<string, readonly CommunePlace[]>;
};

/** Reads the open sites (placed at their commune's centre) and every commune, in two queries. */
export async function loadPublicOfferSnapshot(db: Db): Promise<PublicOfferSnapshot> {
  const [openSites, communeRows] = await Promise.all([
    db
      .select({
        id: sites.id,
        code: sites.code,
        name: sites.name,
        communeName: communes.name,
        address: sites.address,
        capacity: sites.capacity,
        mandatoryRural: sites.mandatoryRural,
        accessibility: sites.accessibility,
        contactPhone: sites.contactPhone,
        contactEmail: sites.contactEmail,
        longitude: communes.longitude,
        latitude: communes.latitude,
      })
      .from(sites)
      .innerJoin(communes, eq(communes.code, sites.communeCode))
      .where(eq(sites.active, true))
      .orderBy(asc(sites.code)),
    db
      .select({
        code: communes.code,
        name: communes.name,
        postalCodes: communes.postalCodes,
        longitude: communes.longitude,
        latitude: communes.latitude,
      })
      .from(communes)
      .orderBy(desc(communes.population), asc(communes.code)),
  ]);
  const communesByCode = new Map<string, CommunePlace>();
  const communesByPostalCode = new Map<string, CommunePlace[]>();
  for (const { postalCodes, ...commune } of communeRows) {
    communesByCode.set(commune.code, commune);
    for (const postalCode of postalCodes) {
      const sharing = communesByPostalCode.get(postalCode);
      if (sharing) sharing.push(commune);
      else communesByPostalCode.set(postalCode, [commune]);
    }
  }
  return {
    sites: openSites,
    sitesById: new Map(openSites.map((site) => [site.id, site])),
    communesByCode,
    communesByPostalCode,
  };
}

/**
 * Keeps the snapshot for the territory revision it was read at (sites and communes bump it, see
 * `territory-list-cache.ts`): each search costs one revision read instead of reading every site and
 * commune again. Searches arriving while it is read share that one read.
 */
export function createPublicOfferCache(db: () => Db) {
  const currentRevision = territoryRevisionReader(db);
  let cached: { revision: number; snapshot: Promise<PublicOfferSnapshot> } | undefined;
  return {
    async snapshot(): Promise<PublicOfferSnapshot> {
      const revision = await currentRevision();
      if (cached?.revision === revision) return cached.snapshot;
      const snapshot = loadPublicOfferSnapshot(db());
      const entry = { revision, snapshot };
      cached = entry;
      snapshot.catch(() => {
        if (cached === entry) cached = undefined;
      });
      return snapshot;
    },
  };
}
