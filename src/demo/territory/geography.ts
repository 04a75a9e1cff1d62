import type { CommuneRecord } from "../../domains/territory/reference/load-communes";

export type Point = { longitude: number; latitude: number };

/** Distance in kilometres, close enough at the scale of a région (equirectangular projection). */
export function distanceKm(a: Point, b: Point): number {
  const meanLatitude = ((a.latitude + b.latitude) / 2) * (Math.PI / 180);
  const x = (b.longitude - a.longitude) * Math.cos(meanLatitude);
  const y = b.latitude - a.latitude;
  return Math.sqrt(x * x + y * y) * 111.32;
}

export function centroid(points: readonly Point[]): Point {
  const sum = points.reduce(
    (total, point) => ({
      longitude: total.longitude + point.longitude,
      latitude: total.latitude + point.latitude,
    }),
    { longitude: 0, latitude: 0 },
  );
  return { longitude: sum.longitude / points.length, latitude: sum.latitude / points.length };
}

export const communePoint = (commune: CommuneRecord): Point => ({
  longitude: commune.centre[0],
  latitude: commune.centre[1],
});

export const population = (communes: readonly CommuneRecord[]) =>
  communes.reduce((total, commune) => total + commune.population, 0);

export function mostPopulous(communes: readonly CommuneRecord[]): CommuneRecord {
  const [first, ...rest] = communes;
  if (!first) throw new Error("no commune");
  return rest.reduce((best, commune) => (commune.population > best.population ? commune : best), first);
}

/** Splits `total` into integers proportional to `weights` (largest remainder), in steps of `step`. */
export function apportion(total: number, weights: readonly number[], step = 1): number[] {
  const units = Math.round(total / step);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (units * weight) / sum);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = units - shares.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((share) => share * step);
}

/** "Bassin de Périgueux", "Bassin d'Angoulême", "Bassin du Bouscat", "Bassin des Sables". */
export function withDe(name: string): string {
  if (name.startsWith("Le ")) return `du ${name.slice(3)}`;
  if (name.startsWith("Les ")) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÊÂÎÔH]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}
