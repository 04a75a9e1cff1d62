import { checkPlan, type PlanCheck } from "../../../../../src/domains/programme-rules/check-plan";
import { type PlanItem, parsePlan } from "../../../../../src/domains/programme-rules/plan-input";
import {
  MODULES,
  type Module,
  type PlanItemKind,
  type ProgrammeRules,
} from "../../../../../src/domains/programme-rules/programme-rules";

/**
 * The plan as the editor holds it: every field a text or a number as typed, each item with a key of
 * its own. The fields the rules read are those of `plan-input.ts`; `title`, a module's `start`/`end`
 * and an internship's `internshipId` are the editor's own, kept with the plan.
 */
export type DraftItem = {
  key: string;
  kind: PlanItemKind;
  module: Module | "";
  hours: number | string;
  title: string;
  /** An interview's or a workshop's day. */
  date: string;
  /** An internship's period, or a module's when given. */
  start: string;
  end: string;
  /** The recorded internship an internship of the plan stands for ("" for none). */
  internshipId: string;
};

export type PlanDraft = { objectives: string; plannedEndDate: string; items: DraftItem[] };

let counter = 0;
const newKey = () => {
  counter += 1;
  return `element-${counter}`;
};

/** A new item; a new module is the first the plan has none of yet. */
export function newItem(kind: PlanItemKind, existing: readonly DraftItem[] = []): DraftItem {
  const missing = MODULES.find(
    (module) => !existing.some((item) => item.kind === "module" && item.module === module),
  );
  return {
    key: newKey(),
    kind,
    module: kind === "module" ? (missing ?? "dynamisation") : "",
    hours: "",
    title: "",
    date: "",
    start: "",
    end: "",
    internshipId: "",
  };
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A stored plan's items, for editing. */
export function toDraftItems(items: readonly Record<string, unknown>[]): DraftItem[] {
  return items.map((item) => ({
    key: newKey(),
    kind: item.kind as PlanItemKind,
    module: text(item.module) as Module | "",
    hours: typeof item.hours === "number" ? item.hours : "",
    title: text(item.title),
    date: text(item.date),
    start: text(item.start),
    end: text(item.end),
    internshipId: text(item.internshipId),
  }));
}

/** The items as the API and the rules read them: only the fields filled in, hours as numbers. */
export function toPlanItems(items: readonly DraftItem[]): Record<string, unknown>[] {
  return items.map(({ kind, module, hours, title, date, start, end, internshipId }) => {
    const item: Record<string, unknown> = { kind, hours: hours === "" ? undefined : Number(hours) };
    if (module) item.module = module;
    if (title.trim()) item.title = title.trim();
    if (kind === "internship" || start) item.start = start || undefined;
    if (kind === "internship" || end) item.end = end || undefined;
    if ((kind === "individual_interview" || kind === "workshop") && date) item.date = date;
    if (kind === "internship" && internshipId) item.internshipId = internshipId;
    return item;
  });
}

export type LiveCheck = { ok: true; check: PlanCheck; items: PlanItem[] } | { ok: false; problems: string[] };

/** The very check the server makes on saving, run in the browser as the plan is typed. */
export function liveCheck(entryDate: string, draft: PlanDraft, rules: ProgrammeRules): LiveCheck {
  const parsed = parsePlan({
    entryDate,
    plannedEndDate: draft.plannedEndDate,
    items: toPlanItems(draft.items),
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, check: checkPlan(parsed.value, rules), items: parsed.value.items };
}
