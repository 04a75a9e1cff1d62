import { describe, expect, it } from "vitest";
import {
  filtersFromSearch,
  QUICK_PERIODS,
  searchFromFilters,
} from "../../web/src/features/indicators/dashboard-filters";
import {
  formatIndicator,
  formatMonth,
  numeratorOverDenominator,
} from "../../web/src/features/indicators/indicator-format";
import {
  CLASS_COLOURS,
  classOf,
  quantileBounds,
  thresholdClasses,
} from "../../web/src/features/indicators/map-classes";

const TODAY = "2026-05-14";

describe("the dashboard's filters in the address", () => {
  it("take the current calendar year when no period is given", () => {
    expect(filtersFromSearch(new URLSearchParams(), TODAY)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("keep the codes, a known network and residence, and drop empty or unknown values", () => {
    const search = new URLSearchParams(
      "from=2019-01-01&to=2020-12-31&lot=L33&basin=&site=%20S1%20&network=mission_locale&residence=rural",
    );
    expect(filtersFromSearch(search, TODAY)).toEqual({
      from: "2019-01-01",
      to: "2020-12-31",
      lot: "L33",
      site: "S1",
      network: "mission_locale",
      residence: "rural",
    });
    expect(filtersFromSearch(new URLSearchParams("network=nope&residence=moon"), TODAY)).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });

  it("round-trip through the address, the set filters only", () => {
    const filters = { from: "2026-01-01", to: "2026-06-30", lot: "L24", residence: "urban" as const };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe("from=2026-01-01&to=2026-06-30&lot=L24&residence=urban");
    expect(filtersFromSearch(search, TODAY)).toEqual(filters);
  });

  it("offer the current year, the last twelve months and 2019–2020 in one click", () => {
    expect(QUICK_PERIODS.map((quick) => [quick.label, quick.period(TODAY)])).toEqual([
      ["Année en cours", { from: "2026-01-01", to: "2026-12-31" }],
      ["12 derniers mois", { from: "2025-05-15", to: "2026-05-14" }],
      ["2019–2020", { from: "2019-01-01", to: "2020-12-31" }],
    ]);
  });
});

describe("indicator values in French", () => {
  const line = { key: "k", label: "L", definition: "D" };

  it("write shares with one decimal, hours, counts, and « — » without a denominator", () => {
    expect(formatIndicator("share", 0.4236)).toBe("42,4\u00a0%");
    expect(formatIndicator("hours", 187.25)).toBe("187,3 h");
    expect(formatIndicator("count", 5700)).toBe("5\u202f700");
    expect(formatIndicator("share", null)).toBe("—");
  });

  it("give the numerator over the denominator, none for a plain count", () => {
    expect(
      numeratorOverDenominator({ ...line, unit: "share", value: 0.5, numerator: 12, denominator: 24 }),
    ).toBe("12 sur 24");
    expect(
      numeratorOverDenominator({ ...line, unit: "count", value: 3, numerator: 3, denominator: null }),
    ).toBeNull();
  });

  it("name a month", () => {
    expect(formatMonth("2026-01")).toBe("janv. 2026");
  });
});

describe("the maps' colour classes", () => {
  const percent = (value: number) => `${value * 100} %`;

  it("cut at the bounds, each class named in words", () => {
    const classes = thresholdClasses([0.5, 0.8, 1], percent);
    expect(classes.map((entry) => entry.label)).toEqual([
      "moins de 50 %",
      "de 50 % à moins de 80 %",
      "de 80 % à moins de 100 %",
      "100 % ou plus",
    ]);
    expect(classes.map((entry) => entry.colour)).toEqual([...CLASS_COLOURS]);
    expect(classOf(classes, 0.5)?.label).toBe("de 50 % à moins de 80 %");
    expect(classOf(classes, 1.2)?.label).toBe("100 % ou plus");
    expect(classOf(classes, null)).toBeUndefined();
  });

  it("spread a measure without natural thresholds over about as many zones per class", () => {
    expect(quantileBounds([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], 4)).toEqual([0.3, 0.5, 0.7]);
    expect(quantileBounds([0.25, 0.25, 0.25], 4)).toEqual([0.25]);
    expect(quantileBounds([0, 0], 4)).toEqual([]);
    expect(thresholdClasses([], percent).map((entry) => entry.label)).toEqual(["toutes les valeurs"]);
  });
});
