import { z } from "zod";
import { MODULES, PLAN_ITEM_KINDS } from "./programme-rules";

/** `YYYY-MM-DD` that names a day of the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** « 02/02/2026 » for `2026-02-02`. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** « a, b ou c » */
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} ou ${values.at(-1)}`;

/** Zod's `error` option: « obligatoire » when the field is absent, `message` when it is of the wrong kind. */
const requiredOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "obligatoire" : message;

const calendarDate = z
  .string({ error: requiredOr("une date au format AAAA-MM-JJ est attendue") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `« ${String(issue.input)} » n'est pas une date au format AAAA-MM-JJ`,
    abort: true,
  })
  .refine(isCalendarDate, { error: (issue) => `le ${String(issue.input)} n'existe pas dans le calendrier` });

const hours = z
  .number({ error: requiredOr("un nombre d'heures est attendu") })
  .min(0, "les heures doivent être positives ou nulles");

const moduleName = z.enum(MODULES, {
  error: (issue) =>
    issue.input === undefined
      ? "obligatoire"
      : `module inconnu « ${String(issue.input)} » : ${oneOf(MODULES)} attendu`,
});

/*
 * Items are loose objects: the editor's own fields (id, title, a module's dates on the calendar…) are
 * kept as they are and never checked; the rules read only the fields below.
 */
const moduleItem = z.looseObject({ kind: z.literal("module"), module: moduleName, hours });
const internshipItem = z.looseObject({
  kind: z.literal("internship"),
  hours,
  start: calendarDate,
  end: calendarDate,
});
/** The project's own kinds: attached to a module or not, dated or not. */
const otherItem = <Kind extends "individual_interview" | "workshop">(kind: Kind) =>
  z.looseObject({
    kind: z.literal(kind),
    hours,
    module: moduleName.optional(),
    date: calendarDate.optional(),
  });

export const planItemSchema = z.discriminatedUnion(
  "kind",
  [moduleItem, internshipItem, otherItem("individual_interview"), otherItem("workshop")],
  {
    error: (issue) => {
      if (typeof issue.input !== "object" || issue.input === null) return "un objet est attendu";
      const kind = (issue.input as { kind?: unknown }).kind;
      const expected = `${oneOf(PLAN_ITEM_KINDS)} attendu`;
      return kind === undefined
        ? `obligatoire : ${expected}`
        : `type inconnu « ${String(kind)} » : ${expected}`;
    },
  },
);
export type PlanItem = z.infer<typeof planItemSchema>;

const DATE_FIELDS = ["entryDate", "plannedEndDate"];

/** A pathway plan as `spec/pathway-plan.md` gives it; an end before the entry is not a plan. */
export const planInputSchema = z
  .object(
    {
      entryDate: calendarDate,
      plannedEndDate: calendarDate,
      items: z.array(planItemSchema, { error: requiredOr("une liste d'éléments est attendue") }),
    },
    { error: "un objet JSON est attendu" },
  )
  .refine((plan) => plan.plannedEndDate >= plan.entryDate, {
    path: ["plannedEndDate"],
    error: (issue) => {
      const plan = issue.input as { entryDate: string; plannedEndDate: string };
      return `la fin prévue (${formatDay(plan.plannedEndDate)}) est avant l'entrée (${formatDay(plan.entryDate)})`;
    },
    // Also when an item is wrong, so that every problem is told at once; not when a date itself is.
    when: (payload) =>
      !payload.issues.some(({ path = [] }) => path.length === 0 || DATE_FIELDS.includes(String(path[0]))),
  });
export type PlanInput = z.infer<typeof planInputSchema>;

/** `items[2].hours` for the path `["items", 2, "hours"]`; `plan` for the whole document. */
export function formatIssuePath(path: readonly PropertyKey[], root = "plan"): string {
  if (path.length === 0) return root;
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** Plain French for the issues the schemas above leave to Zod (types, bounds), with the given value. */
const frenchIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined) return "obligatoire";
  switch (issue.code) {
    case "invalid_type":
      return `${EXPECTED[issue.expected] ?? issue.expected} attendu`;
    case "too_small":
      return `doit être supérieur ${issue.inclusive ? "ou égal " : ""}à ${issue.minimum}`;
    case "too_big":
      return `doit être inférieur ${issue.inclusive ? "ou égal " : ""}à ${issue.maximum}`;
    case "invalid_value":
      return `valeur attendue : ${issue.values.map((value) => String(value)).join(", ")}`;
    default:
      return undefined;
  }
};
const EXPECTED: Record<string, string> = {
  number: "un nombre est",
  string: "un texte est",
  boolean: "vrai ou faux (true/false) est",
  object: "un objet est",
  array: "une liste est",
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses with French messages, each naming its field: « items[2].hours : les heures doivent… ». */
export function parseNamingFields<T>(schema: z.ZodType<T>, raw: unknown, root: string): Parsed<T> {
  const parsed = schema.safeParse(raw, { error: frenchIssue });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${formatIssuePath(issue.path, root)} : ${issue.message}`),
  };
}

/** A plan from raw JSON, or every problem with the field it concerns. */
export function parsePlan(raw: unknown): Parsed<PlanInput> {
  return parseNamingFields(planInputSchema, raw, "plan");
}
