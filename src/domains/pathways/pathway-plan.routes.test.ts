import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { attendance, collectiveSessions } from "../collective-sessions/collective-sessions.tables";
import { hostCompanies, internships } from "../internships/internships.tables";
import type { PlanBodyInput } from "./pathway-plan.schemas";
import { pathwayPlans, pathways } from "./pathways.tables";
import { validPlanBody } from "./plan-test-support";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "./test-fixtures";

/** A trainee's plan: versions, the rule check saved with each, who may read or change it, progress. */
describe("pathway plan API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;
  let staff: SessionHeaders;

  beforeAll(async () => {
    t = await createTestApp();
    ours = await enterTrainee(t.database.db, { lastName: "Plan" });
    const otherSite = await siteOf(t.database.db, "OF20");
    elsewhere = await enterTrainee(t.database.db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
    });
    staff = await t.sessionAs("training_staff");
  });
  afterAll(() => t.close());

  const url = (trainee: TestTrainee, rest = "") => `/api/pathways/${trainee.pathwayId}/plan${rest}`;
  const put = (trainee: TestTrainee, body: PlanBodyInput, session: SessionHeaders = staff) =>
    t.request({ method: "PUT", url: url(trainee), payload: body }, session);
  const get = (trainee: TestTrainee, rest = "", session: SessionHeaders = staff) =>
    t.request({ method: "GET", url: url(trainee, rest) }, session);
  const versionCount = async (trainee: TestTrainee) =>
    (await t.database.db.select().from(pathwayPlans).where(eq(pathwayPlans.pathwayId, trainee.pathwayId)))
      .length;

  it("shows, before any plan, the rules a first plan will be checked with", async () => {
    const response = await get(ours);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      entryDate: "2026-09-07",
      plan: null,
      check: null,
      rules: { version: 0, rules: { totalHours: { min: 300, max: 600 } } },
      progress: { internships: [], allInternships: { planned: 0, done: 0 } },
    });
  });

  it("refuses bad input in French and writes nothing", async () => {
    const negative = validPlanBody();
    negative.items[0] = { kind: "module", module: "dynamisation", hours: -3 };
    const response = await put(ours, negative);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("les heures doivent être positives ou nulles");

    const endBeforeEntry = await put(ours, { ...validPlanBody(), plannedEndDate: "2026-09-01" });
    expect(endBeforeEntry.statusCode).toBe(400);
    expect(endBeforeEntry.json().message).toContain(
      "plannedEndDate : la fin prévue (01/09/2026) est avant l'entrée (07/09/2026)",
    );
    const unknownModule = await t.request(
      {
        method: "PUT",
        url: url(ours),
        payload: { ...validPlanBody(), items: [{ kind: "module", module: "cuisine", hours: 10 }] },
      },
      staff,
    );
    expect(unknownModule.statusCode).toBe(400);
    expect(unknownModule.json().message).toContain("module inconnu « cuisine »");
    expect(await versionCount(ours)).toBe(0);
  });

  it("saves a first version, checked with the rules in force, and sets the planned end", async () => {
    const response = await put(ours, validPlanBody());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      plan: { version: 1, valid: true, ruleVersion: 0, plannedEndDate: "2026-12-18", revisionNote: null },
      check: { valid: true, totals: { hours: 450, internshipShare: 0.4667, weeks: 14.6 }, violations: [] },
    });
    expect(response.json().plan.createdBy.displayName).toBeTruthy();
    const [pathway] = await t.database.db.select().from(pathways).where(eq(pathways.id, ours.pathwayId));
    expect(pathway?.plannedEndDate).toBe("2026-12-18");
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pathway_plan.update"), eq(auditEvents.recordId, ours.pathwayId)));
    expect(audited.length).toBe(1);
  });

  it("asks why from the second version on, and writes nothing without it", async () => {
    const response = await put(ours, validPlanBody(1));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("Pourquoi modifier le plan ?");
    expect(await versionCount(ours)).toBe(1);
  });

  it("refuses a save made from an older version", async () => {
    const response = await put(ours, validPlanBody(0, "Une raison"));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain("Le plan a été modifié entre-temps");
    expect(await versionCount(ours)).toBe(1);
  });

  it("saves a revision that breaks a rule as a draft marked not valid, with its reasons", async () => {
    const body = validPlanBody(1, "Le premier stage est reporté.");
    body.items = body.items.slice(0, 4);
    const response = await put(ours, body);
    expect(response.statusCode).toBe(200);
    const saved = response.json();
    expect(saved.plan).toMatchObject({
      version: 2,
      valid: false,
      revisionNote: "Le premier stage est reporté.",
    });
    expect(saved.check.violations.map((v: { rule: string }) => v.rule)).toEqual([
      "internship-count",
      "internship-share",
    ]);
    expect(saved.check.violations[1].message).toContain("soit 22,6 %");
  });

  it("keeps every version: the list, newest first, and an old one as it was", async () => {
    const list = await get(ours, "/versions");
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json()
        .items.map((v: { version: number; valid: boolean; revisionNote: string | null }) => [
          v.version,
          v.valid,
          v.revisionNote,
        ]),
    ).toEqual([
      [2, false, "Le premier stage est reporté."],
      [1, true, null],
    ]);
    const first = await get(ours, "/versions/1");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ plan: { version: 1 }, check: { valid: true } });
    expect(first.json().plan.items).toHaveLength(6);
    expect((await get(ours, "/versions/9")).statusCode).toBe(404);
    expect((await get(ours, "/versions/0")).statusCode).toBe(400);
  });

  it("gives two saves made at once from the same version different fates: one saved, one refused", async () => {
    const current = (await get(ours)).json().plan.version as number;
    const [a, b] = await Promise.all([
      put(ours, validPlanBody(current, "Enregistrement A")),
      put(ours, validPlanBody(current, "Enregistrement B")),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await versionCount(ours)).toBe(current + 1);
  });

  it("counts the hours done: attendance present or late per module, the internships' hours done", async () => {
    const db = t.database.db;
    const [session] = await db
      .insert(collectiveSessions)
      .values({
        siteId: ours.siteId,
        module: "dynamisation",
        title: "Confiance en soi",
        capacity: 12,
        startsAt: new Date("2026-09-08T07:00:00Z"),
        endsAt: new Date("2026-09-08T10:30:00Z"),
      })
      .returning({ id: collectiveSessions.id });
    await db
      .insert(attendance)
      .values({ sessionId: session?.id as string, pathwayId: ours.pathwayId, status: "late", hours: 3 });
    const [company] = await db
      .insert(hostCompanies)
      .values({
        siret: "12345678901234",
        name: "Entrepôt Test",
        address: "1 rue du Port",
        postalCode: "33000",
        city: "Bordeaux",
        sector: "Logistique",
      })
      .returning({ id: hostCompanies.id });
    const [placement] = await db
      .insert(internships)
      .values({
        pathwayId: ours.pathwayId,
        hostCompanyId: company?.id as string,
        tutorName: "Jean Tuteur",
        tutorEmail: "tuteur@example.test",
        startDate: "2026-10-05",
        endDate: "2026-10-16",
        dailySchedule: "9 h – 17 h",
        hours: 70,
        romeCode: "N1103",
        objective: "discover_job",
        hoursDone: 63.5,
      })
      .returning({ id: internships.id });
    const current = (await get(ours)).json().plan.version as number;
    const body = validPlanBody(current, "Stage 1 relié à sa convention.");
    body.items[3] = { ...body.items[3], internshipId: placement?.id } as PlanBodyInput["items"][number];
    const response = await put(ours, body);
    expect(response.statusCode).toBe(200);
    expect(response.json().progress).toMatchObject({
      modules: [
        { module: "dynamisation", planned: 70, done: 3 },
        { module: "projection", planned: 80, done: 0 },
        { module: "construction", planned: 90, done: 0 },
      ],
      internships: [
        { position: 1, planned: 70, done: 63.5 },
        { position: 2, planned: 70, done: null },
        { position: 3, planned: 70, done: null },
      ],
      allInternships: { planned: 210, done: 63.5 },
    });
  });

  it("links a plan's internship only to one of the pathway's own, each to one item at most", async () => {
    const db = t.database.db;
    const [placement] = await db
      .select({ id: internships.id, hostCompanyId: internships.hostCompanyId })
      .from(internships)
      .where(eq(internships.pathwayId, ours.pathwayId));
    const [foreign] = await db
      .insert(internships)
      .values({
        pathwayId: elsewhere.pathwayId,
        hostCompanyId: placement?.hostCompanyId as string,
        tutorName: "Jean Tuteur",
        tutorEmail: "tuteur@example.test",
        startDate: "2026-11-02",
        endDate: "2026-11-13",
        dailySchedule: "9 h – 17 h",
        hours: 70,
        romeCode: "N1103",
        objective: "discover_job",
      })
      .returning({ id: internships.id });
    const before = await versionCount(ours);
    const linked = (ids: (string | undefined)[]) => {
      const body = validPlanBody(before, "Stages reliés.");
      ids.forEach((internshipId, index) => {
        body.items[3 + index] = { ...body.items[3 + index], internshipId } as PlanBodyInput["items"][number];
      });
      return body;
    };

    const otherPathway = await put(ours, linked([placement?.id, foreign?.id]));
    expect(otherPathway.statusCode).toBe(400);
    expect(otherPathway.json().message).toBe("Élément 5 : ce stage n'appartient pas à ce parcours.");
    const twice = await put(ours, linked([placement?.id, undefined, placement?.id]));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toBe("Élément 6 : ce stage est déjà relié à l'élément 4.");
    expect(await versionCount(ours)).toBe(before);

    const unlinked = await put(ours, linked([undefined]));
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().progress.internships[0]).toMatchObject({ position: 1, done: null });
  });

  it("lets the prescriber and the trainee read the plan, never change it", async () => {
    const advisor = await t.sessionAs("prescriber_advisor");
    expect((await get(ours, "", advisor)).statusCode).toBe(200);
    const refused = await put(ours, validPlanBody(9, "x"), advisor);
    expect(refused.statusCode).toBe(403);
    await linkDemoTrainee(t.database.db, ours.personId);
    const trainee = await t.sessionAs("trainee");
    expect((await get(ours, "", trainee)).statusCode).toBe(200);
    expect((await put(ours, validPlanBody(9, "x"), trainee)).statusCode).toBe(403);
    const readings = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pathway_plan.read"), eq(auditEvents.recordId, ours.pathwayId)));
    expect(readings.length).toBeGreaterThan(0);
  });

  it("hides another organisation's trainee's plan as if it did not exist", async () => {
    for (const response of [
      await get(elsewhere),
      await get(elsewhere, "/versions"),
      await get(elsewhere, "/versions/1"),
      await put(elsewhere, validPlanBody()),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe("Parcours introuvable.");
    }
    expect(await versionCount(elsewhere)).toBe(0);
  });
});
