import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-schedule";

describe("retry schedule", () => {
  it("doubles the wait after each failure, up to 4 hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(4 * 60 * 60 * 1000);
  });
});
