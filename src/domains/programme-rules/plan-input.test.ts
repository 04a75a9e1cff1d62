import { describe, expect, it } from "vitest";
import specExample from "../../../docs/examples/pathway-plan.json";
import { formatIssuePath, isCalendarDate, parseNamingFields, parsePlan } from "./plan-input";
import { DEFAULT_PROGRAMME_RULES, programmeRulesSchema } from "./programme-rules";

const problemsOf = (raw: unknown) => {
  const parsed = parsePlan(raw);
  return parsed.ok ? [] : parsed.problems;
};

const withItem = (item: unknown) => ({ ...specExample, items: [...specExample.items, item] });

describe("parsePlan", () => {
  it("reads the spec's example", () => {
    expect(parsePlan(specExample)).toEqual({ ok: true, value: specExample });
  });

  it("keeps the editor's own fields on items, unchecked", () => {
    const item = {
      kind: "module",
      module: "projection",
      hours: 3,
      id: "a1",
      title: "Atelier CV",
      start: "?",
    };
    const parsed = parsePlan(withItem(item));
    expect(parsed.ok && parsed.value.items.at(-1)).toEqual(item);
  });

  it("reads interviews and workshops, with or without a module and a date", () => {
    expect(
      problemsOf({
        ...specExample,
        items: [
          { kind: "individual_interview", hours: 1.5 },
          { kind: "workshop", hours: 3, module: "construction", date: "2026-02-20" },
        ],
      }),
    ).toEqual([]);
  });

  it("names the missing dates and items", () => {
    expect(problemsOf({})).toEqual([
      "entryDate : obligatoire",
      "plannedEndDate : obligatoire",
      "items : obligatoire",
    ]);
  });

  it("names a date that is not one, or that is not in the calendar", () => {
    expect(problemsOf({ ...specExample, entryDate: "2026-02-30", plannedEndDate: "17/04/2026" })).toEqual([
      "entryDate : le 2026-02-30 n'existe pas dans le calendrier",
      "plannedEndDate : « 17/04/2026 » n'est pas une date au format AAAA-MM-JJ",
    ]);
    expect(problemsOf({ ...specExample, entryDate: 20260105 })).toEqual([
      "entryDate : une date au format AAAA-MM-JJ est attendue",
    ]);
  });

  it("refuses a planned end before the entry, and tells the items' problems with it", () => {
    expect(problemsOf({ ...specExample, plannedEndDate: "2026-01-04" })).toEqual([
      "plannedEndDate : la fin prévue (04/01/2026) est avant l'entrée (05/01/2026)",
    ]);
    expect(
      problemsOf({ ...withItem({ kind: "workshop", hours: -1 }), plannedEndDate: "2026-01-04" }),
    ).toEqual([
      "items[6].hours : les heures doivent être positives ou nulles",
      "plannedEndDate : la fin prévue (04/01/2026) est avant l'entrée (05/01/2026)",
    ]);
    expect(problemsOf({ ...specExample, plannedEndDate: "2026-01-05" })).toEqual([]);
  });

  it("names the item and field of negative, missing or non-numeric hours", () => {
    expect(problemsOf(withItem({ kind: "module", module: "projection", hours: -0.5 }))).toEqual([
      "items[6].hours : les heures doivent être positives ou nulles",
    ]);
    expect(problemsOf(withItem({ kind: "module", module: "projection" }))).toEqual([
      "items[6].hours : obligatoire",
    ]);
    expect(problemsOf(withItem({ kind: "workshop", hours: "3" }))).toEqual([
      "items[6].hours : un nombre d'heures est attendu",
    ]);
    expect(problemsOf(withItem({ kind: "module", module: "projection", hours: 0 }))).toEqual([]);
  });

  it("names an unknown module or kind", () => {
    expect(problemsOf(withItem({ kind: "module", module: "remobilisation", hours: 3 }))).toEqual([
      "items[6].module : module inconnu « remobilisation » : dynamisation, projection ou construction attendu",
    ]);
    expect(problemsOf(withItem({ kind: "workshop", module: "atelier", hours: 3 }))).toEqual([
      "items[6].module : module inconnu « atelier » : dynamisation, projection ou construction attendu",
    ]);
    expect(problemsOf(withItem({ kind: "visit", hours: 3 }))).toEqual([
      "items[6].kind : type inconnu « visit » : module, internship, individual_interview ou workshop attendu",
    ]);
    expect(problemsOf(withItem({ hours: 3 }))).toEqual([
      "items[6].kind : obligatoire : module, internship, individual_interview ou workshop attendu",
    ]);
  });

  it("names an internship's missing or impossible dates", () => {
    expect(problemsOf(withItem({ kind: "internship", hours: 35, start: "2026-02-29" }))).toEqual([
      "items[6].start : le 2026-02-29 n'existe pas dans le calendrier",
      "items[6].end : obligatoire",
    ]);
  });

  it("refuses what is not an object, or items that are not a list of objects", () => {
    for (const raw of [null, "plan", 42, [specExample]]) {
      expect(problemsOf(raw)).toEqual(["plan : un objet JSON est attendu"]);
    }
    expect(problemsOf({ ...specExample, items: { kind: "module" } })).toEqual([
      "items : une liste d'éléments est attendue",
    ]);
    expect(problemsOf(withItem("module"))).toEqual(["items[6] : un objet est attendu"]);
  });
});

describe("parseNamingFields", () => {
  it("tells a rules file's problems in French, each with its field", () => {
    expect(parseNamingFields(programmeRulesSchema, DEFAULT_PROGRAMME_RULES, "règles").ok).toBe(true);
    const { modules, ...withoutModules } = DEFAULT_PROGRAMME_RULES;
    const parsed = parseNamingFields(
      programmeRulesSchema,
      {
        ...withoutModules,
        totalHours: { min: "300", max: -1 },
        internships: { ...DEFAULT_PROGRAMME_RULES.internships, countSeverity: "info" },
      },
      "règles",
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        "totalHours.min : un nombre est attendu",
        "totalHours.max : doit être supérieur ou égal à 0",
        "modules : obligatoire",
        "internships.countSeverity : valeur attendue : error, warning",
      ],
    });
    expect(parseNamingFields(programmeRulesSchema, [], "règles")).toEqual({
      ok: false,
      problems: ["règles : un objet est attendu"],
    });
  });
});

describe("formatIssuePath", () => {
  it("writes paths as in JavaScript", () => {
    expect(formatIssuePath(["items", 2, "hours"])).toBe("items[2].hours");
    expect(formatIssuePath([])).toBe("plan");
  });
});

describe("isCalendarDate", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-05")).toBe(false);
  });
});
