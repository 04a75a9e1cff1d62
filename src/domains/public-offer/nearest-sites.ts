/**
 * The public's site finder, as pure rules: how far each site is from a point (sites stand at their
 * commune's centre) and in which order they are shown. A site's free places follow the admission rules
 * (`referrals/admission.ts`).
 */

export type Point = { longitude: number; latitude: number };

/** The Earth's mean radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in kilometres (haversine formula). */
export function distanceKm(from: Point, to: Point): number {
  const dLatitude = radians(to.latitude - from.latitude);
  const dLongitude = radians(to.longitude - from.longitude);
  const h =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `limit` sites nearest to `origin`, each with its distance; ties broken by the site's code. */
export function nearestSites<Site extends Point & { code: string }>(
  origin: Point,
  sites: readonly Site[],
  limit: number,
): (Site & { distanceKm: number })[] {
  return sites
    .map((site) => ({ ...site, distanceKm: distanceKm(origin, site) }))
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit);
}

/** A distance as shown to the public: kilometres with one decimal. */
export const roundKm = (km: number) => Math.round(km * 10) / 10;
