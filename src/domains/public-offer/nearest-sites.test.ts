import { describe, expect, it } from "vitest";
import { distanceKm, nearestSites, roundKm } from "./nearest-sites";

const bordeaux = { longitude: -0.5792, latitude: 44.8378 };
const perigueux = { longitude: 0.7218, latitude: 45.1846 };

describe("distanceKm", () => {
  it("is zero from a point to itself and the same both ways", () => {
    expect(distanceKm(bordeaux, bordeaux)).toBe(0);
    expect(distanceKm(bordeaux, perigueux)).toBeCloseTo(distanceKm(perigueux, bordeaux), 9);
  });

  it("measures along the sphere: one degree of a meridian, half the Earth, Bordeaux–Périgueux", () => {
    const oneDegree = distanceKm({ longitude: 0, latitude: 45 }, { longitude: 0, latitude: 46 });
    expect(oneDegree).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
    expect(distanceKm({ longitude: 0, latitude: 0 }, { longitude: 180, latitude: 0 })).toBeCloseTo(
      Math.PI * 6371.0088,
      6,
    );
    expect(distanceKm(bordeaux, perigueux)).toBeGreaterThan(107);
    expect(distanceKm(bordeaux, perigueux)).toBeLessThan(110);
  });

  it("shrinks a degree of longitude towards the poles", () => {
    const atEquator = distanceKm({ longitude: 0, latitude: 0 }, { longitude: 1, latitude: 0 });
    const at60 = distanceKm({ longitude: 0, latitude: 60 }, { longitude: 1, latitude: 60 });
    expect(at60).toBeCloseTo(atEquator / 2, 1);
  });
});

describe("nearestSites", () => {
  const site = (code: string, longitude: number, latitude: number) => ({ code, longitude, latitude });
  const origin = { longitude: 0, latitude: 45 };

  it("orders by distance, then by code when two sites stand in the same commune", () => {
    const sites = [
      site("S3", 0, 46),
      site("S2", 0, 45.5),
      site("S1", 0, 45.5),
      site("S0", 0, 47),
      site("S4", 0, 45.1),
    ];
    const found = nearestSites(origin, sites, 10);
    expect(found.map((s) => s.code)).toEqual(["S4", "S1", "S2", "S3", "S0"]);
    expect(found[0]?.distanceKm).toBeCloseTo(11.1195, 3);
  });

  it("keeps only the nearest `limit` and leaves the input untouched", () => {
    const sites = [site("B", 0, 46), site("A", 0, 45.2)];
    expect(nearestSites(origin, sites, 1).map((s) => s.code)).toEqual(["A"]);
    expect(sites.map((s) => s.code)).toEqual(["B", "A"]);
    expect(nearestSites(origin, [], 10)).toEqual([]);
  });
});

describe("roundKm", () => {
  it("keeps one decimal", () => {
    expect(roundKm(11.1195)).toBe(11.1);
    expect(roundKm(0.04)).toBe(0);
    expect(roundKm(107.96)).toBe(108);
  });
});
