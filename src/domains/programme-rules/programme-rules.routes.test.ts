import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { validPlanBody } from "../pathways/plan-test-support";
import { enterTrainee } from "../pathways/test-fixtures";
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from "./programme-rules";
import { programmeRuleVersions } from "./programme-rules.tables";

/** The Region's rules: versions, who may change them, and that a change applies to plans built afterwards. */
describe("programme rules API", () => {
  let t: TestApp;
  let region: SessionHeaders;

  beforeAll(async () => {
    t = await createTestApp();
    region = await t.sessionAs("region_admin");
  });
  afterAll(() => t.close());

  /** The defaults with at least 460 hours: the spec's example plan (450 h) no longer passes. */
  const stricter: ProgrammeRules = { ...DEFAULT_PROGRAMME_RULES, totalHours: { min: 460, max: 600 } };
  const save = (body: object, session: SessionHeaders = region) =>
    t.request({ method: "PUT", url: "/api/programme-rules", payload: body }, session);
  const rowCount = async () => (await t.database.db.select().from(programmeRuleVersions)).length;

  it("gives the spec's defaults as version 0 while the Region has saved none", async () => {
    const response = await t.request(
      { method: "GET", url: "/api/programme-rules" },
      await t.sessionAs("prescriber_advisor"),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      version: 0,
      rules: DEFAULT_PROGRAMME_RULES,
      note: null,
      createdAt: null,
      createdBy: null,
    });
  });

  it("lets only the Region change them", async () => {
    const body = { rules: stricter, note: "Essai", expectedVersion: 0 };
    expect((await save(body, await t.sessionAs("training_manager"))).statusCode).toBe(403);
    expect(await rowCount()).toBe(0);
  });

  it("refuses rules that make no sense in French, and writes nothing", async () => {
    const upsideDown = { ...stricter, weeks: { min: 20, max: 12 } };
    const response = await save({ rules: upsideDown, note: "Essai", expectedVersion: 0 });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("Le minimum doit être inférieur ou égal au maximum (semaines)");
    const noNote = await save({ rules: stricter, note: "  ", expectedVersion: 0 });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().message).toContain("Dites pourquoi les règles changent.");
    expect(await rowCount()).toBe(0);
  });

  it("applies a change to plans built afterwards; a plan built before keeps its rules", async () => {
    const staff = await t.sessionAs("training_staff");
    const before = await enterTrainee(t.database.db, { lastName: "Avant" });
    const putPlan = (pathwayId: string, body: object) =>
      t.request({ method: "PUT", url: `/api/pathways/${pathwayId}/plan`, payload: body }, staff);
    expect((await putPlan(before.pathwayId, validPlanBody())).json().plan).toMatchObject({
      valid: true,
      ruleVersion: 0,
    });

    const changed = await save({
      rules: stricter,
      note: "Plus d'heures à la demande du comité.",
      expectedVersion: 0,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ version: 1, note: "Plus d'heures à la demande du comité." });
    expect(changed.json().createdBy.displayName).toBeTruthy();

    const revision = await putPlan(before.pathwayId, validPlanBody(1, "Dates du stage 2 confirmées."));
    expect(revision.json()).toMatchObject({
      plan: { version: 2, valid: true, ruleVersion: 0 },
      rules: { version: 0 },
    });

    const after = await enterTrainee(t.database.db, { lastName: "Après" });
    const fresh = await t.request({ method: "GET", url: `/api/pathways/${after.pathwayId}/plan` }, staff);
    expect(fresh.json().rules.version).toBe(1);
    const built = await putPlan(after.pathwayId, validPlanBody());
    expect(built.json().plan).toMatchObject({ valid: false, ruleVersion: 1 });
    expect(built.json().check.violations).toEqual([
      {
        rule: "total-hours",
        severity: "error",
        message: "Le plan compte 450 h ; il en faut entre 460 et 600.",
      },
    ]);

    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "programme_rules.update"));
    expect(audited.length).toBe(1);
  });

  it("keeps the history, newest first, down to version 0", async () => {
    const response = await t.request({ method: "GET", url: "/api/programme-rules/versions" }, region);
    expect(response.json().items.map((item: { version: number }) => item.version)).toEqual([1, 0]);
  });

  it("refuses a change made from an older version, and never gives two saves the same number", async () => {
    const stale = await save({ rules: DEFAULT_PROGRAMME_RULES, note: "Retour", expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    const [a, b] = await Promise.all([
      save({ rules: DEFAULT_PROGRAMME_RULES, note: "A", expectedVersion: 1 }),
      save({ rules: DEFAULT_PROGRAMME_RULES, note: "B", expectedVersion: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const versions = (await t.database.db.select().from(programmeRuleVersions)).map((row) => row.version);
    expect(versions.sort()).toEqual([1, 2]);
  });
});
