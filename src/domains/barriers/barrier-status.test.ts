import { describe, expect, it } from "vitest";
import { BARRIER_STATUSES, type BarrierStatus } from "./barrier-catalogue";
import { BARRIER_TRANSITIONS, checkBarrierTransition, isClosed } from "./barrier-status";

/** Every allowed change, written out by hand: the whole matrix is checked against this list. */
const EXPECTED_ALLOWED = [
  "identified -> in_progress",
  "identified -> lifted",
  "identified -> not_lifted",
  "in_progress -> lifted",
  "in_progress -> not_lifted",
  "lifted -> in_progress",
  "not_lifted -> in_progress",
];

describe("barrier status", () => {
  for (const from of BARRIER_STATUSES) {
    for (const to of BARRIER_STATUSES) {
      const allowed = EXPECTED_ALLOWED.includes(`${from} -> ${to}`);
      it(`${allowed ? "allows" : "refuses"} ${from} -> ${to}`, () => {
        expect(checkBarrierTransition(from, to).ok).toBe(allowed);
        expect(BARRIER_TRANSITIONS[from].includes(to)).toBe(allowed);
      });
    }
  }

  it("says why in French", () => {
    expect(checkBarrierTransition("in_progress", "identified")).toEqual({
      ok: false,
      message: "Un frein au statut « En cours de levée » ne peut pas passer au statut « Repéré ».",
    });
    expect(checkBarrierTransition("lifted", "lifted")).toEqual({
      ok: false,
      message: "Le frein est déjà au statut « Levé ».",
    });
  });

  it("closes a barrier lifted or not, and only then", () => {
    const closed = BARRIER_STATUSES.filter((status: BarrierStatus) => isClosed(status));
    expect(closed).toEqual(["lifted", "not_lifted"]);
  });
});
