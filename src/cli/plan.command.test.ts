import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import specExample from "../../docs/examples/pathway-plan.json";
import { DEFAULT_PROGRAMME_RULES } from "../domains/programme-rules/programme-rules";
import { buildProgram } from "./main";
import { runPlanCheck } from "./plan.command";
import type { Output } from "./territory.command";

const root = path.resolve(import.meta.dirname, "../..");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-plan-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** `npx amorce …` in a process of its own: what a user or a script gets. */
function amorce(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "bin/amorce.mjs"), ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function writeFile(name: string, content: unknown): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, log: (line) => lines.push(line), error: (line) => errors.push(line) };
}

/** The spec's example with two internships, the second one day too early: it touches the first. */
const invalidPlan = {
  ...specExample,
  items: [
    ...specExample.items.slice(0, 4),
    { kind: "internship", hours: 70, start: "2026-02-13", end: "2026-02-20" },
  ],
};

describe("amorce plan check", () => {
  it("prints the spec example's totals and exits 0", async () => {
    const { code, stdout, stderr } = await amorce("plan", "check", "docs/examples/pathway-plan.json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(
      `${JSON.stringify(
        {
          valid: true,
          totals: {
            hours: 450,
            moduleHours: 240,
            internshipHours: 210,
            internshipShare: 0.4667,
            weeks: 14.6,
            internships: 3,
          },
          violations: [],
        },
        null,
        2,
      )}\n`,
    );
  });

  it("exits 1 with the broken rules, each with exactly the spec's keys", async () => {
    const { code, stdout } = await amorce("plan", "check", writeFile("invalide.json", invalidPlan));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      totals: {
        hours: 380,
        moduleHours: 240,
        internshipHours: 140,
        internshipShare: 0.3684,
        weeks: 14.6,
        internships: 2,
      },
      violations: [
        {
          rule: "internship-count",
          severity: "warning",
          message: "Le plan compte 2 stages ; le cahier des charges en prévoit 3.",
        },
        {
          rule: "internship-dates",
          severity: "error",
          message: "Le stage 2 (du 13/02/2026 au 20/02/2026) chevauche le stage 1.",
        },
      ],
    });
  });

  it("exits 2 naming the field of a bad plan, with nothing on stdout", async () => {
    const bad = {
      ...specExample,
      items: [...specExample.items, { kind: "module", module: "projection", hours: -3 }],
    };
    const { code, stdout, stderr } = await amorce("plan", "check", writeFile("negatif.json", bad));
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("items[6].hours : les heures doivent être positives ou nulles");
  });

  it("exits 2 for a file that is missing, or not given", async () => {
    const missing = await amorce("plan", "check", path.join(folder, "absent.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Impossible de lire .*absent\.json : fichier introuvable\./);
    expect((await amorce("plan", "check")).code).toBe(2);
  });

  it("tells where a file is not JSON", () => {
    const output = capture();
    const file = writeFile("casse.json", '{\n  "entryDate": "2026-01-05"\n  "items": []\n}');
    expect(runPlanCheck(file, undefined, output)).toBe(2);
    expect(output.errors).toEqual([`${file} n'est pas un fichier JSON valide (ligne 3, colonne 3).`]);
    expect(output.lines).toEqual([]);
  });

  it("lists every problem of a plan, then of a rules file", () => {
    const output = capture();
    const file = writeFile("fin-avant-entree.json", {
      ...specExample,
      plannedEndDate: "2026-01-02",
      items: [{}],
    });
    expect(runPlanCheck(file, undefined, output)).toBe(2);
    expect(output.errors).toEqual([
      `${file} n'est pas un fichier de plan de parcours valide :`,
      "  - items[0].kind : obligatoire : module, internship, individual_interview ou workshop attendu",
      "  - plannedEndDate : la fin prévue (02/01/2026) est avant l'entrée (05/01/2026)",
    ]);
    const rules = writeFile("regles-fausses.json", {
      ...DEFAULT_PROGRAMME_RULES,
      weeks: { min: 18, max: 12 },
    });
    const rulesOutput = capture();
    expect(runPlanCheck("docs/examples/pathway-plan.json", rules, rulesOutput)).toBe(2);
    expect(rulesOutput.errors).toEqual([
      `${rules} n'est pas un fichier de règles valide :`,
      "  - weeks : Le minimum doit être inférieur ou égal au maximum (semaines).",
    ]);
  });

  it("checks against a rules file when given one", () => {
    const rules = writeFile("regles.json", {
      ...DEFAULT_PROGRAMME_RULES,
      internships: { ...DEFAULT_PROGRAMME_RULES.internships, share: { min: 0.3, max: 0.45 } },
    });
    const output = capture();
    expect(runPlanCheck("docs/examples/pathway-plan.json", rules, output)).toBe(1);
    expect(JSON.parse(output.lines.join("\n")).violations).toEqual([
      {
        rule: "internship-share",
        severity: "error",
        message:
          "Les stages font 210 h sur 450 h, soit 46,7 % ; leur part doit être entre 30 % et 45 % des heures.",
      },
    ]);
  });

  it("explains itself in French, with the default rules and the exit codes", () => {
    const plan = buildProgram().commands.find((command) => command.name() === "plan");
    const help = (plan?.commands[0]?.helpInformation() ?? "").replace(/\s+/g, " ");
    expect(help).toContain("vérifie un plan de parcours");
    expect(help).toContain("--rules <fichier>");
    expect(help).toContain("par défaut, celles du cahier des charges (docs/pathway-plan.md)");
    expect(help).toMatch(/2 si le fichier est illisible/);
  });
});
