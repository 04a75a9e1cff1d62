import fs from "node:fs";
import { type Command, CommanderError } from "commander";
import { checkPlan, toSpecOutput } from "../domains/programme-rules/check-plan";
import { type Parsed, parseNamingFields, parsePlan } from "../domains/programme-rules/plan-input";
import { DEFAULT_PROGRAMME_RULES, programmeRulesSchema } from "../domains/programme-rules/programme-rules";
import type { Output } from "./territory.command";

/** Exit codes of `amorce plan check`, as `spec/pathway-plan.md` gives them. */
export const PLAN_CHECK_EXIT = { valid: 0, errors: 1, badInput: 2 } as const;

export function registerPlanCommand(program: Command) {
  const plan = program
    .command("plan")
    .description("vérifie un plan de parcours au regard du cahier des charges");
  plan
    .command("check")
    .description(
      "vérifie un plan de parcours et écrit en JSON ses totaux et les règles qu'il enfreint ; sort avec 0 si le plan est valide (des avertissements restent possibles), 1 s'il enfreint au moins une règle, 2 si le fichier est illisible ou n'est pas un plan",
    )
    .argument("<fichier>", "le plan en JSON : entryDate, plannedEndDate, items (modules, stages…)")
    .option(
      "--rules <fichier>",
      "vérifie avec ces règles (JSON) ; par défaut, celles du cahier des charges (docs/pathway-plan.md)",
    )
    // A missing file name is bad input too: 2, so that 1 always means a plan that breaks a rule.
    .exitOverride((error) => {
      throw error.exitCode === 0
        ? error
        : new CommanderError(PLAN_CHECK_EXIT.badInput, error.code, error.message);
    })
    .action((file: string, options: { rules?: string }) => {
      process.exitCode = runPlanCheck(file, options.rules, console);
    });
}

/** `amorce plan check FILE [--rules FILE]`; returns the exit code. Needs no database. */
export function runPlanCheck(file: string, rulesFile: string | undefined, output: Output): number {
  const rules = rulesFile
    ? readJson(
        rulesFile,
        (raw) => parseNamingFields(programmeRulesSchema, raw, "règles"),
        "de règles",
        output,
      )
    : DEFAULT_PROGRAMME_RULES;
  const plan = readJson(file, parsePlan, "de plan de parcours", output);
  if (!rules || !plan) return PLAN_CHECK_EXIT.badInput;
  const check = checkPlan(plan, rules);
  output.log(JSON.stringify(toSpecOutput(check), null, 2));
  return check.valid ? PLAN_CHECK_EXIT.valid : PLAN_CHECK_EXIT.errors;
}

/** The file read and parsed, or `null` once every problem is written (in French, each naming its field). */
function readJson<T>(
  file: string,
  parse: (raw: unknown) => Parsed<T>,
  what: string,
  output: Output,
): T | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "fichier introuvable" : "fichier illisible";
    output.error(`Impossible de lire ${file} : ${reason}.`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    output.error(`${file} n'est pas un fichier JSON valide${whereInText(text, (error as Error).message)}.`);
    return null;
  }
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  output.error(`${file} n'est pas un fichier ${what} valide :`);
  for (const problem of parsed.problems) output.error(`  - ${problem}`);
  return null;
}

/** « (ligne 3, colonne 12) » from the offset in `JSON.parse`'s message, when it gives one. */
function whereInText(text: string, message: string): string {
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return "";
  const before = text.slice(0, Number(offset)).split("\n");
  return ` (ligne ${before.length}, colonne ${(before.at(-1)?.length ?? 0) + 1})`;
}
