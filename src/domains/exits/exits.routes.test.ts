import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import { users } from "../accounts/accounts.tables";
import { auditEvents } from "../audit/audit.tables";
import {
  attendance,
  collectiveSessions,
  sessionEnrolments,
} from "../collective-sessions/collective-sessions.tables";
import { daysFromToday } from "../internships/test-fixtures";
import { outboxEmails } from "../mail/mail.tables";
import { notifications } from "../notifications/notifications.tables";
import { parisDay, parisInstant } from "../paris-time";
import { pathwayFor } from "../pathways/pathway-record";
import { pathways } from "../pathways/pathways.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { people } from "../people/people.tables";
import { siteOccupancy } from "../referrals/site-occupancy";
import { tripartiteInterviews } from "../tripartite-interviews/tripartite-interviews.tables";
import { hoursDone } from "./certificate-data";

/** The profile at entry, the exit and its effects, the referent told, the end-of-training certificate. */
describe("exits API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;
  let staff: SessionHeaders;
  let advisor: SessionHeaders;
  let advisorId: string;
  let laterSessionId: string;

  const exitBody = (overrides: Record<string, unknown> = {}) => ({
    exitDate: daysFromToday(-1),
    reason: "early_exit_employment",
    situationAtExit: "employment_durable",
    nextStep: { kind: "employment", title: "Boulangerie Lacoste", contractType: "cdi" },
    ...overrides,
  });
  const recordExit = (pathwayId: string, body: Record<string, unknown>, session = staff) =>
    t.request({ method: "POST", url: `/api/pathways/${pathwayId}/exit`, payload: body }, session);
  const certificate = (pathwayId: string, session: SessionHeaders) =>
    t.request({ method: "GET", url: `/api/pathways/${pathwayId}/end-of-training-certificate.pdf` }, session);
  const row = async (pathwayId: string) =>
    (await t.database.db.select().from(pathways).where(eq(pathways.id, pathwayId)))[0];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ours = await enterTrainee(db, { entryDate: daysFromToday(-60), firstName: "Inès", lastName: "Sortie" });
    const otherSite = await siteOf(db, "OF20");
    elsewhere = await enterTrainee(db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
      entryDate: daysFromToday(-60),
    });
    staff = await t.sessionAs("training_staff");
    advisor = await t.sessionAs("prescriber_advisor");
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoAccount("prescriber_advisor").email));
    advisorId = user?.id as string;
    // Hours marked before the exit (present, late, absent), and a session after it the trainee is enrolled in.
    const session = async (day: string, module: "dynamisation" | "projection") => {
      const [created] = await db
        .insert(collectiveSessions)
        .values({
          siteId: ours.siteId,
          module,
          title: "Atelier",
          capacity: 12,
          startsAt: parisInstant(day, "09:00"),
          endsAt: parisInstant(day, "12:00"),
        })
        .returning({ id: collectiveSessions.id });
      await db
        .insert(sessionEnrolments)
        .values({ sessionId: created?.id as string, pathwayId: ours.pathwayId });
      return created?.id as string;
    };
    const marks = [
      [daysFromToday(-20), "dynamisation", "present", 3],
      [daysFromToday(-19), "dynamisation", "late", 2.5],
      [daysFromToday(-18), "projection", "present", 3],
      [daysFromToday(-17), "projection", "absent_unexcused", 0],
    ] as const;
    for (const [day, module, status, hours] of marks)
      await db
        .insert(attendance)
        .values({ sessionId: await session(day, module), pathwayId: ours.pathwayId, status, hours });
    laterSessionId = await session(daysFromToday(3), "projection");
  });
  afterAll(() => t.close());

  describe("profile at entry", () => {
    it("starts unknown, is recorded by the site's staff, gender on the person, and shows on the pathway", async () => {
      const empty = await t.request(
        { method: "GET", url: `/api/pathways/${ours.pathwayId}/entry-profile` },
        staff,
      );
      expect(empty.json()).toEqual({
        situationBefore12m: null,
        qualificationLevel: null,
        workedPrior12m: null,
        rqth: false,
        qpv: false,
        gender: null,
      });
      const profile = {
        situationBefore12m: "job_seeking",
        qualificationLevel: "infra3",
        workedPrior12m: false,
        rqth: true,
        qpv: true,
        gender: "F",
      };
      const saved = await t.request(
        { method: "PUT", url: `/api/pathways/${ours.pathwayId}/entry-profile`, payload: profile },
        staff,
      );
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toEqual(profile);
      const [person] = await t.database.db.select().from(people).where(eq(people.id, ours.personId));
      expect(person?.gender).toBe("F");
      const detail = await t.request({ method: "GET", url: `/api/pathways/${ours.pathwayId}` }, advisor);
      expect(detail.json().entryProfile).toEqual(profile);
      const audited = await t.database.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "pathway.entryProfileUpdate"), eq(auditEvents.recordId, ours.pathwayId)),
        );
      expect(audited).toHaveLength(1);
    });

    it("refuses an unknown situation in French, and the prescriber or the trainee writing it", async () => {
      const bad = await t.request(
        {
          method: "PUT",
          url: `/api/pathways/${ours.pathwayId}/entry-profile`,
          payload: { situationBefore12m: "rentier" },
        },
        staff,
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain("Situation inconnue.");
      const byAdvisor = await t.request(
        { method: "PUT", url: `/api/pathways/${ours.pathwayId}/entry-profile`, payload: {} },
        advisor,
      );
      expect(byAdvisor.statusCode).toBe(403);
      const outOfReach = await t.request(
        { method: "PUT", url: `/api/pathways/${elsewhere.pathwayId}/entry-profile`, payload: {} },
        staff,
      );
      expect(outOfReach.statusCode).toBe(404);
      expect(outOfReach.json().message).toBe("Parcours introuvable.");
    });
  });

  describe("recording the exit", () => {
    it("has no certificate before the exit", async () => {
      const response = await certificate(ours.pathwayId, staff);
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toContain("une fois la sortie enregistrée");
    });

    it("refuses, in French and writing nothing, a date in the future, before entry, or a reason the situation contradicts", async () => {
      for (const [body, message] of [
        [exitBody({ exitDate: daysFromToday(1) }), "La date de sortie ne peut pas être dans le futur."],
        [exitBody({ exitDate: daysFromToday(-61) }), "La date de sortie ne peut pas précéder l'entrée"],
        [
          exitBody({ situationAtExit: "job_seeking" }),
          "Une sortie anticipée pour un emploi suppose un emploi",
        ],
        [exitBody({ nextStep: { kind: "qualifying_training_prf" } }), "Indiquez l'intitulé de la formation."],
        [exitBody({ reason: "vacances" }), "Choisissez le motif de sortie."],
      ] as const) {
        const response = await recordExit(ours.pathwayId, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().message).toContain(message);
      }
      expect((await row(ours.pathwayId))?.exitDate).toBeNull();
      const enrolments = await t.database.db
        .select()
        .from(sessionEnrolments)
        .where(eq(sessionEnrolments.pathwayId, ours.pathwayId));
      expect(enrolments).toHaveLength(5);
    });

    it("is refused to the prescriber and the trainee, and is out of reach (404) for another site's pathway", async () => {
      expect((await recordExit(ours.pathwayId, exitBody(), advisor)).statusCode).toBe(403);
      await linkDemoTrainee(t.database.db, ours.personId);
      expect((await recordExit(ours.pathwayId, exitBody(), await t.sessionAs("trainee"))).statusCode).toBe(
        403,
      );
      const other = await recordExit(elsewhere.pathwayId, exitBody());
      expect(other.statusCode).toBe(404);
      expect((await row(elsewhere.pathwayId))?.exitDate).toBeNull();
    });

    it("offers the next step agreed at the tripartite interview once it is held, not before", async () => {
      const defaults = await t.request(
        { method: "GET", url: `/api/pathways/${ours.pathwayId}/exit/defaults` },
        staff,
      );
      expect(defaults.json()).toMatchObject({ agreedNextStep: null, interviewHeldOn: null });
      const other = await enterTrainee(t.database.db, { entryDate: daysFromToday(-60) });
      const agreed = {
        kind: "qualifying_training_prf" as const,
        title: "Titre professionnel Cuisinier",
        startDate: daysFromToday(30),
        contractType: null,
        plan: null,
      };
      const [interview] = await t.database.db
        .insert(tripartiteInterviews)
        .values({ pathwayId: other.pathwayId, dueDate: daysFromToday(-5), nextStep: agreed })
        .returning({ id: tripartiteInterviews.id });
      const read = () =>
        t.request({ method: "GET", url: `/api/pathways/${other.pathwayId}/exit/defaults` }, staff);
      expect((await read()).json().agreedNextStep).toBeNull();
      await t.database.db
        .update(tripartiteInterviews)
        .set({ heldOn: daysFromToday(-3) })
        .where(eq(tripartiteInterviews.id, interview?.id as string));
      expect((await read()).json()).toMatchObject({
        agreedNextStep: agreed,
        interviewHeldOn: daysFromToday(-3),
      });
    });

    it("records the exit: the place freed, later enrolments removed, the referent told the same day, audited", async () => {
      const before = await siteOccupancy(t.database.db, ours.siteId);
      const response = await recordExit(ours.pathwayId, exitBody());
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        exitDate: daysFromToday(-1),
        reason: "early_exit_employment",
        situationAtExit: "employment_durable",
        nextStep: { kind: "employment", contractType: "cdi", title: "Boulangerie Lacoste" },
        recordedBy: { displayName: demoAccount("training_staff").displayName },
        warnings: [],
      });
      const saved = await row(ours.pathwayId);
      expect(saved).toMatchObject({ exitDate: daysFromToday(-1), exitReason: "early_exit_employment" });
      expect((await siteOccupancy(t.database.db, ours.siteId)).present).toBe(before.present - 1);
      const enrolments = await t.database.db
        .select({ sessionId: sessionEnrolments.sessionId })
        .from(sessionEnrolments)
        .where(eq(sessionEnrolments.pathwayId, ours.pathwayId));
      expect(enrolments).toHaveLength(4);
      expect(enrolments.map((enrolment) => enrolment.sessionId)).not.toContain(laterSessionId);

      const today = parisDay(new Date());
      const notices = await t.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, advisorId));
      const notice = notices.find(
        (candidate) => candidate.link === `/parcours/${ours.pathwayId}?onglet=sortie`,
      );
      expect(notice?.message).toContain("Inès Sortie");
      expect(notice?.message).toContain("Sortie anticipée pour un emploi");
      expect(parisDay(notice?.createdAt as Date)).toBe(today);
      const mails = await t.database.db
        .select()
        .from(outboxEmails)
        .where(eq(outboxEmails.toAddress, demoAccount("prescriber_advisor").email));
      const mail = mails.find((candidate) =>
        candidate.bodyText.includes(`/parcours/${ours.pathwayId}?onglet=sortie`),
      );
      expect(mail, "an e-mail to the referent").toBeDefined();
      for (const expected of ["Sortie anticipée pour un emploi", "Emploi durable", "Emploi"])
        expect(mail?.bodyText).toContain(expected);
      expect(parisDay(mail?.createdAt as Date)).toBe(today);

      const audited = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "pathway.exit"), eq(auditEvents.recordId, ours.pathwayId)));
      expect(audited).toHaveLength(1);
      expect(audited[0]?.details).toMatchObject({ enrolmentsRemoved: 1, reason: "early_exit_employment" });

      const detail = await t.request({ method: "GET", url: `/api/pathways/${ours.pathwayId}` }, advisor);
      expect(detail.json()).toMatchObject({
        state: "ended",
        exit: { reason: "early_exit_employment", situationAtExit: "employment_durable" },
        may: { readCertificate: true, manage: false },
      });
    });

    it("never records an exit twice (409), and lets the training organisation correct it, audited", async () => {
      const again = await recordExit(ours.pathwayId, exitBody({ reason: "completed" }));
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain("déjà enregistrée");
      expect((await row(ours.pathwayId))?.exitReason).toBe("early_exit_employment");

      const corrected = await recordExit(
        ours.pathwayId,
        exitBody({
          correction: true,
          exitDate: daysFromToday(-2),
          situationAtExit: "employment_short",
          nextStep: { kind: "employment", contractType: "cdd_under_6_months" },
        }),
      );
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(await row(ours.pathwayId)).toMatchObject({
        exitDate: daysFromToday(-2),
        situationAtExit: "employment_short",
      });
      const audited = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "pathway.exitCorrect"), eq(auditEvents.recordId, ours.pathwayId)));
      expect(audited).toHaveLength(1);
      expect(audited[0]?.details).toMatchObject({ previousExitDate: daysFromToday(-1) });
    });
  });

  describe("end-of-training certificate", () => {
    it("counts the hours marked present or late, as the plan's progress does", async () => {
      const plan = await t.request({ method: "GET", url: `/api/pathways/${ours.pathwayId}/plan` }, staff);
      const progress = plan.json().progress;
      const { pathway } = await pathwayFor(
        t.database.db,
        { role: "region_admin" } as never,
        ours.pathwayId,
        "read",
      );
      const hours = await hoursDone(t.database.db, pathway);
      expect(hours.modules).toEqual(
        progress.modules.map((module: { module: string; done: number }) => ({
          module: module.module,
          hours: module.done,
        })),
      );
      expect(hours.modules).toEqual([
        { module: "dynamisation", hours: 5.5 },
        { module: "projection", hours: 3 },
        { module: "construction", hours: 0 },
      ]);
      expect(hours.internshipHours).toBe(progress.allInternships.done);
      expect(hours.totalHours).toBe(8.5);
    });

    it("is given to the training staff, the prescriber's organisation and the trainee", async () => {
      for (const role of [
        "training_staff",
        "training_manager",
        "prescriber_advisor",
        "prescriber_admin",
        "trainee",
      ] as const) {
        const response = await certificate(ours.pathwayId, await t.sessionAs(role));
        expect(response.statusCode, role).toBe(200);
        expect(response.headers["content-type"]).toContain("application/pdf");
        expect(response.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
      }
      const reads = await t.database.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "pathway.certificateRead"), eq(auditEvents.recordId, ours.pathwayId)),
        );
      expect(reads).toHaveLength(5);
    });

    it("is refused to the Region, to territorial officers and to the evaluator", async () => {
      const region = await certificate(ours.pathwayId, await t.sessionAs("region_admin"));
      expect(region.statusCode).toBe(403);
      expect(region.json().message).toContain("L'attestation de fin de formation est remise");
      expect([403, 404]).toContain(
        (await certificate(ours.pathwayId, await t.sessionAs("territorial_officer"))).statusCode,
      );
      expect((await certificate(ours.pathwayId, await t.sessionAs("evaluator"))).statusCode).toBe(403);
    });

    it("is out of reach (404) for another organisation's exited pathway", async () => {
      await t.database.db
        .update(pathways)
        .set({ exitDate: daysFromToday(-1), exitReason: "completed" })
        .where(eq(pathways.id, elsewhere.pathwayId));
      for (const role of ["training_staff", "prescriber_advisor", "trainee"] as const) {
        const response = await certificate(elsewhere.pathwayId, await t.sessionAs(role));
        expect(response.statusCode, role).toBe(404);
      }
    });
  });
});
