import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../../tests/support/test-app";
import { lastEmailTo } from "../../accounts/test-fixtures";
import { outboxEmails } from "../../mail/mail.tables";
import { notifications } from "../../notifications/notifications.tables";
import { enterTrainee } from "../../pathways/test-fixtures";
import { internshipSignatures, internships, tutorAssessments } from "../internships.tables";
import { daysFromToday, draftInternship } from "../test-fixtures";
import { remindInternships } from "./remind-internships";

const mail = { publicUrl: "http://amorce.test", regionName: "Région Test" };
const settings = { linkDays: 14 };
const DAY_MS = 86_400_000;

/** The daily follow-up: reminders (never twice, three at most), the unsigned start, the tutor's link. */
describe("internships' daily follow-up", () => {
  let t: TestApp;
  let staff: SessionHeaders;
  let pathwayId: string;

  beforeAll(async () => {
    t = await createTestApp();
    pathwayId = (await enterTrainee(t.database.db, { entryDate: daysFromToday(-20) })).pathwayId;
    staff = await t.sessionAs("training_staff");
  });
  afterAll(() => t.close());

  const remindersTo = (address: string) =>
    t.database.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.toAddress, address), like(outboxEmails.subject, "Rappel : %")));
  const ageLinks = (internshipId: string, days: number) =>
    t.database.db
      .update(internshipSignatures)
      .set({ updatedAt: new Date(Date.now() - days * DAY_MS) })
      .where(eq(internshipSignatures.internshipId, internshipId));

  it("reminds those who have not signed 3 days on, with a new link, never twice in a row, three times at most", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(30),
      endDate: daysFromToday(32),
      hours: 21,
    });
    await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/send-for-signature`, payload: {} },
      staff,
    );
    const firstToken = (await lastEmailTo(t.database.db, internship.tutorEmail))?.token as string;
    expect((await remindInternships(t.database.db, mail, settings)).reminded).toBe(0);

    await ageLinks(internship.id, 3);
    expect((await remindInternships(t.database.db, mail, settings)).reminded).toBe(4);
    expect((await remindInternships(t.database.db, mail, settings)).reminded).toBe(0);
    expect(await remindersTo(internship.tutorEmail)).toHaveLength(1);
    const reminder = await lastEmailTo(t.database.db, internship.tutorEmail);
    expect(reminder?.subject).toMatch(/^Rappel : convention de stage de .* à signer$/);
    expect(reminder?.token).not.toBe(firstToken);
    expect((await t.request({ method: "GET", url: `/api/signatures/${firstToken}` })).statusCode).toBe(404);
    expect((await t.request({ method: "GET", url: `/api/signatures/${reminder?.token}` })).statusCode).toBe(
      200,
    );

    // The company signs: only the three others are reminded from now on.
    await t.request({
      method: "POST",
      url: `/api/signatures/${reminder?.token}`,
      payload: { fullName: "Hélène Roux", accepted: true },
    });
    for (const expected of [3, 3]) {
      await ageLinks(internship.id, 3);
      expect((await remindInternships(t.database.db, mail, settings)).reminded).toBe(expected);
    }
    await ageLinks(internship.id, 3);
    expect((await remindInternships(t.database.db, mail, settings)).reminded).toBe(0);
    const rows = await t.database.db
      .select()
      .from(internshipSignatures)
      .where(eq(internshipSignatures.internshipId, internship.id));
    expect(rows.map((row) => [row.party, row.remindersSent]).sort()).toEqual([
      ["company", 1],
      ["referent", 3],
      ["trainee", 3],
      ["training_organisation", 3],
    ]);
    expect(await remindersTo(internship.tutorEmail)).toHaveLength(1);
  });

  it("reminds each party once when two runs start at the same time", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(70),
      endDate: daysFromToday(71),
      hours: 14,
    });
    await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/send-for-signature`, payload: {} },
      staff,
    );
    await ageLinks(internship.id, 3);
    const runs = await Promise.all([
      remindInternships(t.database.db, mail, settings),
      remindInternships(t.database.db, mail, settings),
    ]);
    expect(runs[0].reminded + runs[1].reminded).toBe(4);
    expect(await remindersTo(internship.tutorEmail)).toHaveLength(1);
  });

  it("tells the staff once, the day before, that an unsigned internship cannot start; blocks it from its start", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(1),
      endDate: daysFromToday(2),
      hours: 14,
    });
    expect((await remindInternships(t.database.db, mail, settings)).unsignedTomorrow).toBe(1);
    expect((await remindInternships(t.database.db, mail, settings)).unsignedTomorrow).toBe(0);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.message, "%commence demain et sa convention n'est pas signée%"));
    expect(new Set(told.map((row) => row.userId)).size).toBe(told.length);
    expect(told.length).toBeGreaterThan(0);

    await t.database.db
      .update(internships)
      .set({ startDate: daysFromToday(0) })
      .where(eq(internships.id, internship.id));
    const list = await t.request({ method: "GET", url: `/api/pathways/${pathwayId}/internships` }, staff);
    expect(list.json().items.find((item: { id: string }) => item.id === internship.id).startBlocked).toBe(
      true,
    );
    const assessment = await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/assessment-link` },
      staff,
    );
    expect(assessment.statusCode).toBe(409);
    expect(assessment.json().message).toContain("La convention n'est pas signée");
    const sendLate = await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/send-for-signature`, payload: {} },
      staff,
    );
    expect(sendLate.statusCode).toBe(200);
    await t.database.db
      .update(internships)
      .set({ startDate: daysFromToday(-1) })
      .where(eq(internships.id, internship.id));
  });

  it("e-mails the tutor of a signed internship that has ended, once; the tutor assesses once and the internship is completed", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(60),
      endDate: daysFromToday(61),
      hours: 14,
    });
    await t.database.db
      .update(internships)
      .set({ status: "signed", startDate: daysFromToday(-3), endDate: daysFromToday(0) })
      .where(eq(internships.id, internship.id));
    expect((await remindInternships(t.database.db, mail, settings)).assessmentLinks).toBe(1);
    expect((await remindInternships(t.database.db, mail, settings)).assessmentLinks).toBe(0);
    const email = await lastEmailTo(t.database.db, internship.tutorEmail);
    expect(email?.bodyText).toContain("http://amorce.test/evaluation-stage?jeton=");
    const token = email?.token as string;

    const form = await t.request({ method: "GET", url: `/api/tutor-assessments/${token}` });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ tutorName: "Hélène Roux", hours: 14 });
    const answers = { punctuality: "very_good", attitude: "good", interest: "good", skills: "fair" };
    const tooMany = await t.request({
      method: "POST",
      url: `/api/tutor-assessments/${token}`,
      payload: { answers, comment: null, hoursDone: 200, ledToJobOffer: false },
    });
    expect(tooMany.statusCode).toBe(400);
    const submitted = await t.request({
      method: "POST",
      url: `/api/tutor-assessments/${token}`,
      payload: { answers, comment: "Très motivée.", hoursDone: 12.5, ledToJobOffer: true },
    });
    expect(submitted.statusCode).toBe(204);
    const again = await t.request({
      method: "POST",
      url: `/api/tutor-assessments/${token}`,
      payload: { answers, comment: "Deuxième fois", hoursDone: 1, ledToJobOffer: false },
    });
    expect(again.statusCode).toBe(410);
    const [row] = await t.database.db.select().from(internships).where(eq(internships.id, internship.id));
    expect(row).toMatchObject({ status: "completed", hoursDone: 12.5 });
    const [stored] = await t.database.db
      .select()
      .from(tutorAssessments)
      .where(eq(tutorAssessments.internshipId, internship.id));
    expect(stored).toMatchObject({ comment: "Très motivée.", ledToJobOffer: true, answers });
    const list = await t.request({ method: "GET", url: `/api/pathways/${pathwayId}/internships` }, staff);
    expect(
      list.json().items.find((item: { id: string }) => item.id === internship.id).assessment,
    ).toMatchObject({
      hoursDone: 12.5,
      ledToJobOffer: true,
    });
    const resend = await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/assessment-link` },
      staff,
    );
    expect(resend.statusCode).toBe(409);
  });
});
