import { and, eq, gte, lt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { attendance, collectiveSessions, sessionEnrolments } from "./collective-sessions.tables";

type Role = Parameters<TestApp["sessionAs"]>[0];

/** The number of pages of a PDF (page objects are never compressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

/** Sessions, enrolments and attendance marking, as the training organisation and the others see them. */
describe("collective sessions API", () => {
  let t: TestApp;
  let staff: SessionHeaders;
  let manager: SessionHeaders;
  let trainees: TestTrainee[];
  let elsewhere: TestTrainee;
  let siteId: string;

  const session = (overrides: Record<string, unknown> = {}) => ({
    module: "dynamisation",
    format: "collective",
    title: "Confiance en soi",
    trainerName: "Intervenante extérieure",
    room: "Salle 2",
    capacity: 12,
    date: "2026-10-05",
    startTime: "09:00",
    endTime: "12:00",
    ...overrides,
  });
  const create = async (body: Record<string, unknown>, as = staff, site = siteId) =>
    t.request({ method: "POST", url: `/api/sites/${site}/sessions`, payload: body }, as);
  const newSession = async (overrides: Record<string, unknown> = {}) => {
    const response = await create(session(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const enrol = (id: string, add: string[], remove: string[] = [], as = staff) =>
    t.request({ method: "PUT", url: `/api/sessions/${id}/enrolments`, payload: { add, remove } }, as);
  const mark = (id: string, marks: Record<string, unknown>[], as = staff) =>
    t.request({ method: "PUT", url: `/api/sessions/${id}/attendance`, payload: { marks } }, as);
  const sheet = (id: string, as = staff) =>
    t.request({ method: "GET", url: `/api/sessions/${id}/attendance` }, as);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.sessionAs("training_staff");
    manager = await t.sessionAs("training_manager");
    trainees = [];
    for (const lastName of ["Abel", "Bernard", "Carpentier"]) {
      trainees.push(await enterTrainee(t.database.db, { lastName }));
    }
    siteId = (trainees[0] as TestTrainee).siteId;
    elsewhere = await enterTrainee(t.database.db, {
      siteId: (await siteOf(t.database.db, "OF20")).id,
      prescriberCode: "ML87",
      referentEmail: null,
      lastName: "Ailleurs",
    });
  });
  afterAll(() => t.close());

  const ids = () => trainees.map((trainee) => trainee.pathwayId);
  const idAt = (index: number) => (trainees[index] as TestTrainee).pathwayId;
  const [a, b, c] = [() => idAt(0), () => idAt(1), () => idAt(2)] as const;

  it("adds a session to the site's timetable in Paris time, and shows it for the week", async () => {
    const id = await newSession({ date: "2026-10-26", startTime: "13:30", endTime: "16:15" });
    const response = await t.request(
      { method: "GET", url: `/api/sites/${siteId}/sessions?from=2026-10-26&to=2026-11-01` },
      staff,
    );
    expect(response.statusCode).toBe(200);
    const found = response.json().sessions.find((item: { id: string }) => item.id === id);
    expect(found).toMatchObject({
      date: "2026-10-26",
      startTime: "13:30",
      endTime: "16:15",
      startsAt: "2026-10-26T12:30:00.000Z",
      halfDay: "afternoon",
      hours: 2.75,
      trainer: { userId: null, name: "Intervenante extérieure" },
      enrolled: 0,
    });
    expect(response.json().mayManage).toBe(true);
    expect(response.json().trainers.length).toBeGreaterThan(0);
  });

  it("refuses a session ending before it starts, or longer than half a day, in French, writing nothing", async () => {
    const before = await t.database.db.$count(attendance);
    const backwards = await create(session({ startTime: "11:00", endTime: "10:00" }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain("L'heure de fin doit être après l'heure de début.");
    const long = await create(session({ startTime: "08:00", endTime: "18:00" }));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain("demi-journée");
    const noTitle = await create(session({ title: " " }));
    expect(noTitle.body).toContain("Donnez un titre à la séance.");
    const stranger = await create(session({ trainerUserId: crypto.randomUUID() }));
    expect(stranger.statusCode).toBe(400);
    expect(await t.database.db.$count(attendance)).toBe(before);
  });

  it("names as trainer only a training user of the site's organisation", async () => {
    const timetable = await t.request({ method: "GET", url: `/api/sites/${siteId}/sessions` }, staff);
    const trainer = timetable.json().trainers[0];
    const id = await newSession({ trainerUserId: trainer.id, trainerName: "ignoré" });
    const enrolments = await t.request({ method: "GET", url: `/api/sessions/${id}/enrolments` }, staff);
    expect(enrolments.json().session.trainer).toEqual({ userId: trainer.id, name: trainer.displayName });
  });

  it("never enrols more trainees than places, even when two staff enrol at once", async () => {
    const id = await newSession({ capacity: 2 });
    expect((await enrol(id, [a()])).statusCode).toBe(200);
    const answers = await Promise.all([enrol(id, [b()], [], staff), enrol(id, [c()], [], manager)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().message).toContain(
      "La séance est complète",
    );
    const list = await t.request({ method: "GET", url: `/api/sessions/${id}/enrolments` }, staff);
    expect(list.json().items).toHaveLength(2);
    const shrink = await t.request(
      { method: "PATCH", url: `/api/sessions/${id}`, payload: session({ capacity: 1 }) },
      staff,
    );
    expect(shrink.statusCode).toBe(409);
  });

  it("enrols only current trainees of the session's site", async () => {
    const id = await newSession();
    const response = await enrol(id, [elsewhere.pathwayId]);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("sur le site de la séance");
  });

  it("marks a session: present counts its hours, late the hours given, absences none; version grows", async () => {
    const id = await newSession({ startTime: "09:00", endTime: "11:45" });
    await enrol(id, ids());
    const response = await mark(id, [
      { pathwayId: a(), status: "present", expectedVersion: 0 },
      { pathwayId: b(), status: "late", hours: 2.25, note: "Bus en retard", expectedVersion: 0 },
      { pathwayId: c(), status: "absent_excused", expectedVersion: 0 },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { pathwayId: string; mark: { hours: number; version: number } }[];
    const hours = Object.fromEntries(items.map((item) => [item.pathwayId, item.mark.hours]));
    expect(hours).toEqual({ [a()]: 2.75, [b()]: 2.25, [c()]: 0 });
    const again = await mark(id, [{ pathwayId: a(), status: "late", hours: 1, expectedVersion: 1 }]);
    expect(
      again.json().items.find((item: { pathwayId: string }) => item.pathwayId === a()).mark,
    ).toMatchObject({
      status: "late",
      hours: 1,
      version: 2,
    });
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, id));
    expect(audit).toBeDefined();
  });

  it("enrols a trainee in every coming session of a module that has a place", async () => {
    const year = new Date().getUTCFullYear() + 1;
    const open = await newSession({ module: "construction", date: `${year}-02-01` });
    const full = await newSession({ module: "construction", date: `${year}-02-02`, capacity: 1 });
    const past = await newSession({ module: "construction", date: "2026-02-03" });
    const other = await newSession({ module: "projection", date: `${year}-02-04` });
    await enrol(full, [b()]);
    const response = await t.request(
      { method: "POST", url: `/api/pathways/${a()}/enrolments`, payload: { module: "construction" } },
      staff,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().full).toBe(1);
    const enrolled = await t.database.db
      .select({ sessionId: sessionEnrolments.sessionId })
      .from(sessionEnrolments)
      .where(eq(sessionEnrolments.pathwayId, a()));
    const sessions = enrolled.map((row) => row.sessionId);
    expect(sessions).toContain(open);
    expect(sessions).not.toContain(full);
    expect(sessions).not.toContain(past);
    expect(sessions).not.toContain(other);
    const prescriber = await t.request(
      { method: "POST", url: `/api/pathways/${a()}/enrolments`, payload: { module: "construction" } },
      await t.sessionAs("prescriber_advisor"),
    );
    expect(prescriber.statusCode).toBe(403);
  });

  it("refuses bad marks in French and writes none of the request", async () => {
    const id = await newSession({ startTime: "09:00", endTime: "12:00" });
    await enrol(id, [a(), b()]);
    const cases: [Record<string, unknown>, string][] = [
      [{ status: "late", expectedVersion: 0 }, "Indiquez les heures"],
      [{ status: "late", hours: 3.5, expectedVersion: 0 }, "Au plus 3 h"],
      [{ status: "absent_unexcused", hours: 1, expectedVersion: 0 }, "Une absence compte 0 heure."],
      [{ status: "present", hours: 1.234, expectedVersion: 0 }, "au centième près"],
      [{ status: "maybe", expectedVersion: 0 }, "Choisissez présent·e"],
    ];
    for (const [fields, message] of cases) {
      const response = await mark(id, [
        { pathwayId: a(), status: "present", expectedVersion: 0 },
        { pathwayId: b(), ...fields },
      ]);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(message);
    }
    const notEnrolled = await mark(id, [{ pathwayId: c(), status: "present", expectedVersion: 0 }]);
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json().message).toContain("inscrites");
    expect(await t.database.db.$count(attendance, eq(attendance.sessionId, id))).toBe(0);
  });

  it("refuses to mark a session that has not started yet", async () => {
    const id = await newSession({ date: `${new Date().getUTCFullYear() + 1}-03-02` });
    await enrol(id, [a()]);
    const response = await mark(id, [{ pathwayId: a(), status: "present", expectedVersion: 0 }]);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain("pas encore commencé");
    expect((await sheet(id)).json().markable).toBe(false);
  });

  it("loses no update: two trainers marking different trainees both persist", async () => {
    const id = await newSession();
    await enrol(id, ids());
    const answers = await Promise.all([
      mark(id, [{ pathwayId: a(), status: "present", expectedVersion: 0 }], staff),
      mark(id, [{ pathwayId: b(), status: "absent_excused", expectedVersion: 0 }], manager),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    const rows = await t.database.db.select().from(attendance).where(eq(attendance.sessionId, id));
    expect(rows.map((row) => row.status).sort()).toEqual(["absent_excused", "present"]);
  });

  it("marking the same trainee at once: exactly one wins, the other gets the current marks back", async () => {
    const id = await newSession();
    await enrol(id, ids());
    const answers = await Promise.all([
      mark(
        id,
        [
          { pathwayId: a(), status: "present", expectedVersion: 0 },
          { pathwayId: c(), status: "present", expectedVersion: 0 },
        ],
        staff,
      ),
      mark(id, [{ pathwayId: a(), status: "absent_unexcused", expectedVersion: 0 }], manager),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((answer) => answer.statusCode === 409);
    expect(lost?.json().message).toContain("Quelqu'un d'autre a émargé entre-temps");
    const rows = await t.database.db.select().from(attendance).where(eq(attendance.sessionId, id));
    const winner = rows.find((row) => row.pathwayId === a());
    expect(winner?.version).toBe(1);
    expect(lost?.json().details.conflicts).toEqual([
      expect.objectContaining({
        pathwayId: a(),
        version: 1,
        mark: expect.objectContaining({ status: winner?.status }),
      }),
    ]);
    // All or nothing: the loser's other marks are not written either.
    expect(rows).toHaveLength(winner?.status === "present" ? 2 : 1);
    const stale = await mark(id, [{ pathwayId: a(), status: "late", hours: 1, expectedVersion: 0 }]);
    expect(stale.statusCode).toBe(409);
  });

  it("lets the trainee confirm their own mark, and no one else's", async () => {
    const id = await newSession();
    await enrol(id, [a(), b()]);
    await mark(id, [
      { pathwayId: a(), status: "present", expectedVersion: 0 },
      { pathwayId: b(), status: "present", expectedVersion: 0 },
    ]);
    await linkDemoTrainee(t.database.db, (trainees[0] as TestTrainee).personId);
    const trainee = await t.sessionAs("trainee");
    const own = await t.request(
      { method: "POST", url: `/api/pathways/${a()}/attendance/${id}/confirm` },
      trainee,
    );
    expect(own.statusCode).toBe(204);
    const [row] = await t.database.db
      .select()
      .from(attendance)
      .where(and(eq(attendance.pathwayId, a()), eq(attendance.sessionId, id)));
    expect(row?.confirmedByTraineeAt).not.toBeNull();
    const other = await t.request(
      { method: "POST", url: `/api/pathways/${b()}/attendance/${id}/confirm` },
      trainee,
    );
    expect(other.statusCode).toBe(404);
    const byStaff = await t.request(
      { method: "POST", url: `/api/pathways/${a()}/attendance/${id}/confirm` },
      staff,
    );
    expect(byStaff.statusCode).toBe(403);
    const mine = await t.request({ method: "GET", url: `/api/pathways/${a()}/attendance` }, trainee);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.length).toBeGreaterThan(0);
  });

  it("keeps another organisation's staff and prescribers away from marking", async () => {
    const id = await newSession();
    await enrol(id, [a()]);
    const payload = [{ pathwayId: a(), status: "present", expectedVersion: 0 }];
    for (const role of ["prescriber_advisor", "trainee"] as Role[]) {
      expect((await mark(id, payload, await t.sessionAs(role))).statusCode).toBe(403);
    }
    const region = await t.sessionAs("region_admin");
    expect((await sheet(id, region)).statusCode).toBe(200);
    expect((await mark(id, payload, region)).statusCode).toBe(403);
    const otherSite = await siteOf(t.database.db, "OF20");
    expect((await create(session(), staff, otherSite.id)).statusCode).toBe(404);
  });

  describe("monthly statement and hours", () => {
    const month = "2026-09";
    let expectedHundredths = 0;

    beforeAll(async () => {
      const lengths: [string, string, string, number | null][] = [
        ["2026-09-07", "09:00", "11:45", null],
        ["2026-09-08", "13:30", "17:00", 2.75],
        ["2026-09-09", "09:00", "12:00", 0],
        ["2026-09-10", "09:15", "12:00", null],
        ["2026-09-30", "13:00", "16:20", 1.33],
      ];
      for (const [date, startTime, endTime, lateHours] of lengths) {
        const id = await newSession({
          date,
          startTime,
          endTime,
          module: date < "2026-09-10" ? "dynamisation" : "projection",
        });
        await enrol(id, [a()]);
        const status = lateHours === null ? "present" : lateHours === 0 ? "absent_unexcused" : "late";
        const response = await mark(id, [
          { pathwayId: a(), status, hours: lateHours || undefined, expectedVersion: 0 },
        ]);
        expect(response.statusCode, response.body).toBe(200);
      }
      const outside = await newSession({ date: "2026-10-01" });
      await enrol(outside, [a()]);
      expectedHundredths = 275 + 275 + 0 + 275 + 133;
    });

    const statement = (format: string, as = staff, pathwayId = a()) =>
      t.request(
        {
          method: "GET",
          url: `/api/pathways/${pathwayId}/attendance/statement?month=${month}&format=${format}`,
        },
        as,
      );

    it("sums exactly to the hours marked, in the CSV", async () => {
      const response = await statement("csv");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/csv");
      expect(response.headers["content-disposition"]).toContain("releve-assiduite-Abel");
      expect(response.body.startsWith("\uFEFFDate,Demi-journée,Début,Fin,Module,Séance,Statut,Heures")).toBe(
        true,
      );
      const lines = response.body.slice(1).trim().split("\r\n");
      const sessions = lines.filter((line) => /^\d{4}-\d{2}-\d{2},/.test(line));
      expect(sessions).toHaveLength(5);
      expect(sessions[0]).toBe("2026-09-07,Matin,09:00,11:45,Dynamisation,Confiance en soi,Présent·e,2.75");
      const hundredths = (line: string) => Math.round(Number(line.split(",").at(-1)) * 100);
      const rowsSum = sessions.reduce((sum, line) => sum + hundredths(line), 0);
      const marked = await t.database.db
        .select({ hours: attendance.hours })
        .from(attendance)
        .innerJoin(collectiveSessions, eq(collectiveSessions.id, attendance.sessionId))
        .where(
          and(
            eq(attendance.pathwayId, a()),
            gte(collectiveSessions.startsAt, new Date("2026-08-31T22:00:00Z")),
            lt(collectiveSessions.startsAt, new Date("2026-09-30T22:00:00Z")),
          ),
        );
      expect(rowsSum).toBe(marked.reduce((sum, row) => sum + Math.round(row.hours * 100), 0));
      expect(rowsSum).toBe(expectedHundredths);
      expect(hundredths(lines.at(-1) as string)).toBe(expectedHundredths);
      expect(lines.at(-1)).toContain("Heures effectuées");
    });

    it("is a PDF with the organisation, the trainee, the totals and a signature block", async () => {
      const response = await statement("pdf");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/pdf");
      const pdf = response.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdfPages(pdf)).toBe(1);
    });

    it("shows the months' totals on the pathway", async () => {
      const response = await t.request({ method: "GET", url: `/api/pathways/${a()}/attendance` }, staff);
      const september = response.json().months.find((item: { month: string }) => item.month === month);
      expect(september).toMatchObject({ sessions: 5, hours: expectedHundredths / 100 });
      expect(september.byStatus.late).toEqual({ sessions: 2, hours: 4.08 });
    });

    it("exports hours per trainee and module for a site and for a lot", async () => {
      const response = await t.request(
        { method: "GET", url: `/api/attendance/hours.csv?from=2026-09-01&to=2026-09-30&siteId=${siteId}` },
        staff,
      );
      expect(response.statusCode).toBe(200);
      const lines = response.body.slice(1).trim().split("\r\n");
      expect(lines[0]).toBe("Site,Nom,Prénom,Date de naissance,Module,Séances émargées,Heures effectuées");
      const abel = lines.filter((line) => line.includes(",Abel,"));
      expect(abel.map((line) => line.split(",").slice(4).join(","))).toEqual([
        "Dynamisation,3,5.5",
        "Projection professionnelle,2,4.08",
      ]);
      expect(lines.at(-1)?.startsWith("Total,")).toBe(true);
      const lot = await t.request(
        {
          method: "GET",
          url: `/api/attendance/hours.csv?from=2026-09-01&to=2026-09-30&lotId=${(trainees[0] as TestTrainee).lotId}`,
        },
        await t.sessionAs("region_admin"),
      );
      expect(lot.body).toContain(",Abel,");
      const neither = await t.request(
        { method: "GET", url: "/api/attendance/hours.csv?from=2026-09-01&to=2026-09-30" },
        staff,
      );
      expect(neither.statusCode).toBe(400);
      expect(neither.body).toContain("Choisissez un site ou un lot.");
    });

    it("lets the trainee download their own statement, and no one else's", async () => {
      await linkDemoTrainee(t.database.db, (trainees[0] as TestTrainee).personId);
      const trainee = await t.sessionAs("trainee");
      const own = await statement("pdf", trainee);
      expect(own.statusCode).toBe(200);
      expect(own.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
      expect((await statement("pdf", trainee, b())).statusCode).toBe(404);
      expect((await statement("pdf", trainee, elsewhere.pathwayId)).statusCode).toBe(404);
    });

    it("keeps the statement from another organisation's staff", async () => {
      expect((await statement("csv", staff, elsewhere.pathwayId)).statusCode).toBe(404);
      const bad = await statement("xls");
      expect(bad.statusCode).toBe(400);
    });
  });
});
