import { describe, expect, it } from "vitest";
import { checkAdmission, freePlaces, offeredFromWaitingList } from "./admission";

const site = (overrides = {}) => ({ capacity: 3, present: 1, reserved: 0, waitingList: [], ...overrides });

describe("freePlaces", () => {
  it("counts the places neither taken by a trainee present nor kept for a person accepted", () => {
    expect(freePlaces({ capacity: 12, present: 7, reserved: 2 })).toBe(3);
  });

  it("never goes below zero when a site's capacity was lowered under its occupancy", () => {
    expect(freePlaces({ capacity: 4, present: 5, reserved: 1 })).toBe(0);
  });
});

describe("checkAdmission", () => {
  it("accepts a person when a place is free and nobody waits", () => {
    expect(checkAdmission(site(), "r1")).toEqual({ ok: true });
  });

  it("refuses the last place twice over: once taken, the site is full", () => {
    expect(checkAdmission(site({ present: 2 }), "r1")).toEqual({ ok: true });
    const full = checkAdmission(site({ present: 2, reserved: 1 }), "r2");
    expect(full).toMatchObject({ ok: false, full: true });
    expect(full.ok || full.message).toContain("complet (3 places, toutes prises)");
  });

  it("keeps the free places for the waiting list, in order", () => {
    const occupancy = site({ present: 1, waitingList: ["w1", "w2"] });
    expect(checkAdmission(occupancy, "w1")).toEqual({ ok: true });
    expect(checkAdmission(occupancy, "w2")).toEqual({ ok: true });
    expect(checkAdmission(occupancy, "newcomer")).toMatchObject({ ok: false, full: true });
  });

  it("does not let the second on the list jump the first when one place frees up", () => {
    const check = checkAdmission(site({ present: 2, waitingList: ["w1", "w2"] }), "w2");
    expect(check).toMatchObject({ ok: false, full: false });
    expect(check.ok || check.message).toContain("position 2");
  });

  it("lets a newcomer in when there are more free places than people waiting", () => {
    expect(checkAdmission(site({ present: 0, waitingList: ["w1"] }), "newcomer")).toEqual({ ok: true });
  });

  it("refuses everyone on a site of capacity zero", () => {
    expect(checkAdmission(site({ capacity: 0, present: 0 }), "r1")).toMatchObject({ ok: false, full: true });
  });
});

describe("offeredFromWaitingList", () => {
  it("offers as many places as are free, to the first on the list", () => {
    expect(offeredFromWaitingList(site({ present: 1, waitingList: ["w1", "w2", "w3"] }))).toEqual([
      "w1",
      "w2",
    ]);
    expect(offeredFromWaitingList(site({ present: 3, waitingList: ["w1"] }))).toEqual([]);
  });
});
