import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { PLAN_CHECK_EXIT, runPlanCheck } from "../../cli/plan.command";
import { toSpecOutput } from "./check-plan";

const EXAMPLE = path.resolve(import.meta.dirname, "../../../docs/examples/pathway-plan.json");

/** `amorce plan check` and the API (what the plan editor shows) give the same verdicts. */
describe("plan check: the command line and the API agree", () => {
  let t: TestApp;
  let folder: string;
  beforeAll(async () => {
    t = await createTestApp();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-plan-"));
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  function cli(file: string) {
    const out: string[] = [];
    const code = runPlanCheck(file, undefined, { log: (line) => out.push(line), error: () => {} });
    return { code, output: JSON.parse(out.join("\n")) };
  }

  async function api(plan: unknown) {
    const response = await t.request(
      { method: "POST", url: "/api/programme-rules/check", payload: { plan } },
      await t.sessionAs("training_staff"),
    );
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
  const broken = {
    ...example,
    plannedEndDate: "2026-03-06",
    items: [
      { kind: "module", module: "dynamisation", hours: 150 },
      { kind: "module", module: "projection", hours: 0 },
      { kind: "workshop", module: "construction", hours: 40 },
      { kind: "internship", hours: 35, start: "2026-01-26", end: "2026-02-06" },
      { kind: "internship", hours: 35, start: "2026-02-02", end: "2026-03-20" },
    ],
  };

  for (const [name, plan, exit] of [
    ["the spec's example", example, PLAN_CHECK_EXIT.valid],
    ["a plan breaking every rule", broken, PLAN_CHECK_EXIT.errors],
  ] as const) {
    it(`gives ${name} the same verdict, totals and messages`, async () => {
      const file = path.join(folder, `${exit}.json`);
      fs.writeFileSync(file, JSON.stringify(plan));
      const fromCli = cli(file);
      expect(fromCli.code).toBe(exit);
      expect(toSpecOutput(await api(plan))).toEqual(fromCli.output);
    });
  }

  it("names the rules the broken plan breaks", () => {
    const file = path.join(folder, "broken.json");
    fs.writeFileSync(file, JSON.stringify(broken));
    expect(cli(file).output.violations.map((v: { rule: string }) => v.rule)).toEqual([
      "total-hours",
      "duration",
      "modules",
      "internship-count",
      "internship-share",
      "internship-dates",
      "internship-dates",
    ]);
  });

  it("refuses in French what the command line refuses as not a plan", async () => {
    const response = await t.request(
      { method: "POST", url: "/api/programme-rules/check", payload: { plan: { entryDate: "2026-01-05" } } },
      await t.sessionAs("training_staff"),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("plannedEndDate : obligatoire ; items : obligatoire");
  });
});
