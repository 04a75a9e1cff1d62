import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { loadConfig } from "../../config";
import { demoAccount } from "../../demo/demo-accounts";
import { mailSettings } from "../accounts/account-emails";
import { createOrganisation, createUser } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { notifications } from "../notifications/notifications.tables";
import { parisDay } from "../paris-time";
import { pathways } from "../pathways/pathways.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { tripartiteInterviews } from "./tripartite-interviews.tables";
import { runTripartiteInterviews } from "./use-cases/run-interviews";

const DAY = 86_400_000;
const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * DAY);
const day = (days: number) => parisDay(inDays(days));
const mail = mailSettings(loadConfig({ LOG_LEVEL: "silent" }));
const weeks = { weeks: 3 };

/** The tripartite interview: proposed once, reminded, scheduled, recorded; who may reach it. */
describe("tripartite interviews", () => {
  let t: TestApp;
  let staff: SessionHeaders;
  let advisor: SessionHeaders;
  let soon: TestTrainee;
  let later: TestTrainee;
  let elsewhere: TestTrainee;

  const setPlannedEnd = (pathwayId: string, plannedEndDate: string | null) =>
    t.database.db.update(pathways).set({ plannedEndDate }).where(eq(pathways.id, pathwayId));
  const interviewRow = async (pathwayId: string) =>
    (
      await t.database.db
        .select()
        .from(tripartiteInterviews)
        .where(eq(tripartiteInterviews.pathwayId, pathwayId))
    )[0];
  const emailsAbout = (name: string, subject = "") =>
    t.database.db
      .select()
      .from(outboxEmails)
      .where(and(like(outboxEmails.subject, `%${subject}%`), like(outboxEmails.bodyText, `%${name}%`)));
  const read = (pathwayId: string, session: SessionHeaders) =>
    t.request({ method: "GET", url: `/api/pathways/${pathwayId}/tripartite-interview` }, session);
  const schedule = (pathwayId: string, payload: object, session = staff) =>
    t.request(
      { method: "PUT", url: `/api/pathways/${pathwayId}/tripartite-interview/schedule`, payload },
      session,
    );
  const record = (pathwayId: string, payload: object, session = staff) =>
    t.request(
      { method: "PUT", url: `/api/pathways/${pathwayId}/tripartite-interview/record`, payload },
      session,
    );

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    soon = await enterTrainee(db, { entryDate: day(-60), firstName: "Inès", lastName: "Bientôt" });
    await setPlannedEnd(soon.pathwayId, day(10));
    later = await enterTrainee(db, {
      entryDate: day(-20),
      firstName: "Hugo",
      lastName: "Plustard",
      email: null,
    });
    await setPlannedEnd(later.pathwayId, day(40));
    elsewhere = await enterTrainee(db, {
      siteId: (await siteOf(db, "OF20")).id,
      prescriberCode: "ML87",
      referentEmail: null,
      entryDate: day(-60),
      lastName: "Ailleurs",
    });
    await setPlannedEnd(elsewhere.pathwayId, day(5));
    staff = await t.sessionAs("training_staff");
    advisor = await t.sessionAs("prescriber_advisor");
  });
  afterAll(() => t.close());

  describe("the proposal", () => {
    it("is made once the due date has come, inviting the referent, the staff and the trainee", async () => {
      const run = await runTripartiteInterviews(t.database.db, mail, weeks);
      expect(run.proposed).toBeGreaterThanOrEqual(2);
      expect((await interviewRow(soon.pathwayId))?.dueDate).toBe(day(10 - 21));
      expect(await interviewRow(later.pathwayId)).toBeUndefined();
      const invitations = await emailsAbout("Inès Bientôt", "Entretien tripartite à organiser");
      const to = invitations.map((email) => email.toAddress);
      expect(to).toContain(demoAccount("prescriber_advisor").email);
      expect(to).toContain(demoAccount("training_staff").email);
      expect(new Set(to).size).toBe(to.length);
      const toTrainee = await emailsAbout("Inès", "Préparons la suite");
      expect(toTrainee).toHaveLength(1);
    });

    it("is never made twice, even by two runs at once", async () => {
      const before = (await emailsAbout("Inès Bientôt", "à organiser")).length;
      const runs = await Promise.all([
        runTripartiteInterviews(t.database.db, mail, weeks),
        runTripartiteInterviews(t.database.db, mail, weeks),
      ]);
      expect(runs.map((run) => run.proposed)).toEqual([0, 0]);
      expect((await emailsAbout("Inès Bientôt", "à organiser")).length).toBe(before);
      const rows = await t.database.db
        .select()
        .from(tripartiteInterviews)
        .where(eq(tripartiteInterviews.pathwayId, soon.pathwayId));
      expect(rows).toHaveLength(1);
    });

    it("is not made for an ended pathway, and follows the planned end while not held", async () => {
      const ended = await enterTrainee(t.database.db, { entryDate: day(-90), lastName: "Sortie" });
      await t.database.db
        .update(pathways)
        .set({ plannedEndDate: day(3), exitDate: day(-1), exitReason: "completed" })
        .where(eq(pathways.id, ended.pathwayId));
      await setPlannedEnd(soon.pathwayId, day(18));
      const run = await runTripartiteInterviews(t.database.db, mail, weeks);
      expect(await interviewRow(ended.pathwayId)).toBeUndefined();
      expect(run.moved).toBeGreaterThanOrEqual(1);
      expect((await interviewRow(soon.pathwayId))?.dueDate).toBe(day(18 - 21));
    });
  });

  describe("the reminders", () => {
    it("reach the referent every 7 days, each one once, and stop once it is held", async () => {
      const reminders = () => emailsAbout("Inès Bientôt", "Rappel : entretien tripartite");
      // Proposed late (its due date had passed): the first reminder comes 7 days after the proposal.
      const dueInstant = new Date();
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(6, dueInstant));
      expect(await reminders()).toHaveLength(0);
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(7, dueInstant));
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(7, dueInstant));
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(13, dueInstant));
      const first = await reminders();
      expect(first.map((email) => email.toAddress)).toEqual([demoAccount("prescriber_advisor").email]);
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(14, dueInstant));
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(14, dueInstant));
      expect(await reminders()).toHaveLength(2);
      expect((await interviewRow(soon.pathwayId))?.reminderCount).toBe(2);
    });
  });

  describe("scheduling", () => {
    it("refuses a day gone or no place, in French", async () => {
      const past = await schedule(soon.pathwayId, { date: day(-1), time: "10:00", place: "Salle 2" });
      expect(past.statusCode).toBe(400);
      expect(past.json().message).toContain("passée");
      const noPlace = await schedule(soon.pathwayId, { date: day(3), time: "10:00", place: "" });
      expect(noPlace.statusCode).toBe(400);
      expect(noPlace.body).toContain("Indiquez le lieu");
      expect((await interviewRow(soon.pathwayId))?.scheduledAt).toBeNull();
    });

    it("sets the date and place and e-mails the invitation to the three parties", async () => {
      const response = await schedule(soon.pathwayId, {
        date: day(3),
        time: "14:30",
        place: "Site de Bordeaux, salle 2",
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ state: "scheduled", place: "Site de Bordeaux, salle 2" });
      const invitations = await emailsAbout("Bordeaux, salle 2");
      const to = invitations.map((email) => email.toAddress);
      expect(to).toEqual(
        expect.arrayContaining([
          demoAccount("prescriber_advisor").email,
          demoAccount("training_staff").email,
        ]),
      );
      expect(invitations.some((email) => email.subject.startsWith("votre rendez-vous"))).toBe(true);
    });

    it("may be done by the referent's organisation, not by the Region nor the officer nor the trainee", async () => {
      const byAdvisor = await schedule(
        later.pathwayId,
        { date: day(5), time: "09:00", place: "Agence" },
        advisor,
      );
      expect(byAdvisor.statusCode).toBe(200);
      for (const role of ["region_admin", "territorial_officer"] as const) {
        const response = await schedule(
          later.pathwayId,
          { date: day(5), time: "09:00", place: "Ailleurs" },
          await t.sessionAs(role),
        );
        expect(response.statusCode, role).toBe(403);
      }
    });
  });

  describe("recording", () => {
    it("refuses a next step without its details, in French, and writes nothing", async () => {
      const response = await record(soon.pathwayId, {
        heldOn: day(0),
        nextStep: { kind: "qualifying_training_prf" },
        actions: [{ description: "", owner: "trainee" }],
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("Indiquez l'intitulé de la formation.");
      expect(response.body).toContain("Décrivez l'action.");
      const future = await record(soon.pathwayId, {
        heldOn: day(2),
        nextStep: { kind: "employment", contractType: "cdi" },
      });
      expect(future.statusCode).toBe(400);
      expect((await interviewRow(soon.pathwayId))?.heldOn).toBeNull();
    });

    it("records the agreed next step and actions, audits it, and the reminders stop", async () => {
      const response = await record(soon.pathwayId, {
        heldOn: day(0),
        nextStep: { kind: "qualifying_training_prf", title: "CAP Cuisine", startDate: day(30) },
        actions: [
          { description: "Envoyer le dossier d'inscription", owner: "trainee", dueDate: day(7) },
          { description: "Valider le financement", owner: "prescriber" },
        ],
        notes: "Très motivée.",
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        state: "held",
        heldOn: day(0),
        nextStep: { kind: "qualifying_training_prf", title: "CAP Cuisine" },
        nextReminderOn: null,
      });
      expect(response.json().actions).toHaveLength(2);
      const audited = await t.database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.action, "tripartite_interview.record"),
            eq(auditEvents.recordId, soon.pathwayId),
          ),
        );
      expect(audited).toHaveLength(1);
      const told = await emailsAbout("Envoyer le dossier d'inscription", "Ce que nous avons décidé");
      expect(told).toHaveLength(1);
      expect(told[0]?.bodyText).toContain("Vous entrez en formation : CAP Cuisine");
      expect(told[0]?.bodyText).not.toContain("Valider le financement");
      const notices = await t.database.db
        .select({ userId: notifications.userId })
        .from(notifications)
        .where(like(notifications.message, "L'entretien tripartite de Inès Bientôt a été noté%"));
      expect(notices.length).toBeGreaterThanOrEqual(1);
      const corrected = await record(soon.pathwayId, {
        heldOn: day(0),
        nextStep: { kind: "qualifying_training_prf", title: "CAP Cuisine", startDate: day(30) },
        actions: [{ description: "Envoyer le dossier d'inscription", owner: "trainee" }],
        notes: "Très motivée.",
      });
      expect(corrected.statusCode).toBe(200);
      expect(await emailsAbout("Envoyer le dossier d'inscription", "Ce que nous avons décidé")).toHaveLength(
        1,
      );
      const before = (await interviewRow(soon.pathwayId))?.reminderCount;
      await runTripartiteInterviews(t.database.db, mail, weeks, inDays(60));
      expect((await interviewRow(soon.pathwayId))?.reminderCount).toBe(before);
    });
  });

  describe("who reaches it", () => {
    it("lets the trainee read their own, without the professionals' notes, and change nothing", async () => {
      await linkDemoTrainee(t.database.db, soon.personId);
      const trainee = await t.sessionAs("trainee");
      const response = await read(soon.pathwayId, trainee);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ state: "held", notes: null, mayManage: false });
      expect(
        (await schedule(soon.pathwayId, { date: day(3), time: "10:00", place: "X" }, trainee)).statusCode,
      ).toBe(403);
      expect((await read(elsewhere.pathwayId, trainee)).statusCode).toBe(404);
    });

    it("hides another organisation's pathway (404) from staff, prescribers and the officer", async () => {
      const otherPrescriber = await createOrganisation(t.database.db, "PRESC-TRI", "prescriber");
      const outsider = await t.sessionFor(
        await createUser(t.database.db, {
          email: "conseil.autre@tri.test",
          role: "prescriber_advisor",
          organisationId: otherPrescriber,
        }),
      );
      for (const session of [outsider]) {
        expect((await read(soon.pathwayId, session)).statusCode).toBe(404);
        expect(
          (await schedule(soon.pathwayId, { date: day(3), time: "10:00", place: "X" }, session)).statusCode,
        ).toBe(404);
        expect(
          (await record(soon.pathwayId, { heldOn: day(0), nextStep: { kind: "other", plan: "x" } }, session))
            .statusCode,
        ).toBe(404);
      }
      expect((await read(elsewhere.pathwayId, staff)).statusCode).toBe(404);
      expect((await read(elsewhere.pathwayId, advisor)).statusCode).toBe(404);
      expect((await read(soon.pathwayId, staff)).json().notes).toBe("Très motivée.");
      expect((await read(soon.pathwayId, await t.sessionAs("region_admin"))).statusCode).toBe(200);
    });
  });

  describe("the Region's view", () => {
    it("counts per site, and lists the pathways whose planned end passed without a held interview", async () => {
      const missed = await enterTrainee(t.database.db, { entryDate: day(-120), lastName: "Manqué" });
      await setPlannedEnd(missed.pathwayId, day(-2));
      const region = await t.sessionAs("region_admin");
      const response = await t.request({ method: "GET", url: "/api/tripartite-interviews/overview" }, region);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.missed.map((item: { pathwayId: string }) => item.pathwayId)).toContain(missed.pathwayId);
      expect(body.missed.map((item: { pathwayId: string }) => item.pathwayId)).not.toContain(soon.pathwayId);
      const ofSite = body.sites.find((row: { site: { id: string } }) => row.site.id === soon.siteId);
      expect(ofSite.held).toBeGreaterThanOrEqual(1);
      expect(ofSite.notHeld).toBeGreaterThanOrEqual(1);
      const other = await t.request(
        { method: "GET", url: "/api/tripartite-interviews/overview" },
        await t.sessionAs("prescriber_advisor"),
      );
      expect(other.json().missed.map((item: { pathwayId: string }) => item.pathwayId)).not.toContain(
        elsewhere.pathwayId,
      );
    });
  });
});
