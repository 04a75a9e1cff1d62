import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { SKILL_DOMAINS } from "./skill-domains";
import { skillAssessments } from "./skills.tables";

const levels = (level: number, changes: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(SKILL_DOMAINS.map((domain) => [domain, level])),
  ...changes,
});

describe("skills API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;

  beforeAll(async () => {
    t = await createTestApp();
    ours = await enterTrainee(t.database.db);
    elsewhere = await enterTrainee(t.database.db, {
      siteId: (await siteOf(t.database.db, "OF20")).id,
      prescriberCode: "ML87",
      referentEmail: null,
    });
  });
  afterAll(() => t.close());

  type Role = Parameters<TestApp["sessionAs"]>[0];
  const assess = async (pathwayId: string, moment: string, payload: object, role: Role = "training_staff") =>
    t.request(
      { method: "PUT", url: `/api/pathways/${pathwayId}/skills/${moment}`, payload },
      await t.sessionAs(role),
    );
  const read = async (pathwayId: string, role: Role = "training_staff") =>
    t.request({ method: "GET", url: `/api/pathways/${pathwayId}/skills` }, await t.sessionAs(role));

  it("shows the seven domains unassessed at first", async () => {
    const response = await read(ours.pathwayId);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ entry: null, exit: null });
    expect(response.json().domains).toHaveLength(7);
  });

  it("refuses a level outside 1 to 4, and a missing domain, in French", async () => {
    for (const level of [0, 5]) {
      const response = await assess(ours.pathwayId, "entry", { levels: levels(2, { teamwork: level }) });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain("Le niveau va de 1 à 4.");
    }
    const { teamwork: _omitted, ...six } = levels(2);
    const missing = await assess(ours.pathwayId, "entry", { levels: six });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain("Choisissez un niveau pour « Travailler dans le cadre");
    const moment = await assess(ours.pathwayId, "milieu", { levels: levels(2) });
    expect(moment.statusCode).toBe(400);
  });

  it("refuses the exit before the entry", async () => {
    const response = await assess(ours.pathwayId, "exit", { levels: levels(3) });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain("Évaluez d'abord les compétences à l'entrée");
  });

  it("records entry then exit, corrects one, shows the progress, and audits writes and reads", async () => {
    const entry = await assess(ours.pathwayId, "entry", {
      levels: levels(2, { french: 1 }),
      note: "Premier entretien",
    });
    expect(entry.statusCode).toBe(200);
    expect(entry.json().entry).toMatchObject({ assessedBy: expect.any(String), note: "Premier entretien" });
    const corrected = await assess(ours.pathwayId, "entry", { levels: levels(2, { french: 1, digital: 1 }) });
    expect(corrected.json().entry.note).toBeNull();
    const exit = await assess(ours.pathwayId, "exit", { levels: levels(3, { french: 4, numeracy: 2 }) });
    expect(exit.statusCode).toBe(200);
    const byDomain = Object.fromEntries(
      exit.json().domains.map((row: { domain: string }) => [row.domain, row]),
    );
    expect(byDomain.french).toEqual({ domain: "french", entry: 1, exit: 4, progress: 3 });
    expect(byDomain.numeracy).toMatchObject({ entry: 2, exit: 2, progress: 0 });
    expect(byDomain.digital).toMatchObject({ entry: 1, exit: 3, progress: 2 });
    const rows = await t.database.db
      .select()
      .from(skillAssessments)
      .where(eq(skillAssessments.pathwayId, ours.pathwayId));
    expect(rows).toHaveLength(14);

    await linkDemoTrainee(t.database.db, ours.personId);
    const own = await read(ours.pathwayId, "trainee");
    expect(own.statusCode).toBe(200);
    expect(own.json().domains).toEqual(exit.json().domains);
    const audit = (action: string) =>
      t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, ours.pathwayId)));
    expect(await audit("skills.update")).toHaveLength(3);
    expect((await audit("skills.read")).length).toBeGreaterThanOrEqual(2);
  });

  it("lets the prescriber read but not assess, and hides another organisation's trainee", async () => {
    expect((await read(ours.pathwayId, "prescriber_advisor")).statusCode).toBe(200);
    const write = await assess(ours.pathwayId, "entry", { levels: levels(4) }, "prescriber_advisor");
    expect(write.statusCode).toBe(403);
    expect((await read(elsewhere.pathwayId)).statusCode).toBe(404);
    const other = await assess(elsewhere.pathwayId, "entry", { levels: levels(2) });
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toBe("Parcours introuvable.");
  });
});
