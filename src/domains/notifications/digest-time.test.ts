import { describe, expect, it } from "vitest";
import { isDigestDue, latestDigestTime } from "./digest-time";

const at = (iso: string) => new Date(iso);
const latest = (now: string, hour: number) => latestDigestTime(at(now), hour).toISOString();

describe("latestDigestTime", () => {
  it("is today at the hour in Paris once it has come, yesterday's before (winter, UTC+1)", () => {
    expect(latest("2026-01-15T15:59:59.999Z", 17)).toBe("2026-01-14T16:00:00.000Z");
    expect(latest("2026-01-15T16:00:00.000Z", 17)).toBe("2026-01-15T16:00:00.000Z");
    expect(latest("2026-01-15T22:59:00.000Z", 17)).toBe("2026-01-15T16:00:00.000Z");
  });

  it("follows summer time (UTC+2)", () => {
    expect(latest("2026-07-01T15:00:00.000Z", 17)).toBe("2026-07-01T15:00:00.000Z");
    expect(latest("2026-07-01T14:59:00.000Z", 17)).toBe("2026-06-30T15:00:00.000Z");
  });

  it("counts days in Paris: at 00:30 in Paris it is already the next day", () => {
    expect(latest("2026-01-15T23:30:00.000Z", 0)).toBe("2026-01-15T23:00:00.000Z");
    expect(latest("2026-01-15T22:30:00.000Z", 0)).toBe("2026-01-14T23:00:00.000Z");
  });

  it("on the spring change, compares with the day before in winter time", () => {
    expect(latest("2026-03-29T15:00:00.000Z", 17)).toBe("2026-03-29T15:00:00.000Z");
    expect(latest("2026-03-29T14:59:00.000Z", 17)).toBe("2026-03-28T16:00:00.000Z");
  });

  it("on the spring change, an hour that does not exist falls due when clocks jump past it", () => {
    // 29 March 2026: at 02:00 in Paris, clocks go to 03:00 (01:00 UTC).
    expect(latest("2026-03-29T00:59:00.000Z", 2)).toBe("2026-03-28T01:00:00.000Z");
    expect(latest("2026-03-29T01:00:00.000Z", 2)).toBe("2026-03-29T01:00:00.000Z");
  });

  it("on the autumn change, an hour seen twice falls due the first time", () => {
    // 25 October 2026: at 03:00 in Paris, clocks go back to 02:00 (01:00 UTC).
    expect(latest("2026-10-25T00:00:00.000Z", 2)).toBe("2026-10-25T00:00:00.000Z");
    expect(latest("2026-10-25T01:30:00.000Z", 2)).toBe("2026-10-25T00:00:00.000Z");
    expect(latest("2026-10-25T16:00:00.000Z", 17)).toBe("2026-10-25T16:00:00.000Z");
    expect(latest("2026-10-25T15:59:00.000Z", 17)).toBe("2026-10-24T15:00:00.000Z");
  });
});

describe("isDigestDue", () => {
  it("is due at once when no run has happened yet", () => {
    expect(isDigestDue(at("2026-01-15T10:00:00Z"), 17, null)).toBe(true);
  });

  it("is due once a day, from the hour on", () => {
    const yesterdaysRun = at("2026-01-14T16:01:00Z");
    expect(isDigestDue(at("2026-01-15T15:59:00Z"), 17, yesterdaysRun)).toBe(false);
    expect(isDigestDue(at("2026-01-15T16:00:00Z"), 17, yesterdaysRun)).toBe(true);
    const todaysRun = at("2026-01-15T16:00:30Z");
    expect(isDigestDue(at("2026-01-15T22:59:00Z"), 17, todaysRun)).toBe(false);
    expect(isDigestDue(at("2026-01-16T08:00:00Z"), 17, todaysRun)).toBe(false);
  });

  it("is not due again when the autumn change repeats the hour", () => {
    const firstTwoOClock = at("2026-10-25T00:00:10Z");
    expect(isDigestDue(at("2026-10-25T01:00:10Z"), 2, firstTwoOClock)).toBe(false);
  });

  it("catches up on a digest missed while the server was stopped", () => {
    expect(isDigestDue(at("2026-01-17T09:00:00Z"), 17, at("2026-01-15T16:00:00Z"))).toBe(true);
  });
});
