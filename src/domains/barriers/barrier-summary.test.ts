import { describe, expect, it } from "vitest";
import { summariseBarriers } from "./barrier-summary";

describe("barrier summary", () => {
  it("counts each theme's barriers by status, in the catalogue's order", () => {
    expect(
      summariseBarriers([
        { theme: "health", status: "lifted" },
        { theme: "mobility", status: "not_lifted" },
        { theme: "mobility", status: "lifted" },
        { theme: "mobility", status: "in_progress" },
        { theme: "health", status: "identified" },
      ]),
    ).toEqual([
      { theme: "mobility", total: 3, identified: 0, inProgress: 1, lifted: 1, notLifted: 1 },
      { theme: "health", total: 2, identified: 1, inProgress: 0, lifted: 1, notLifted: 0 },
    ]);
  });

  it("is empty without barriers", () => {
    expect(summariseBarriers([])).toEqual([]);
  });
});
