import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { ambassadors } from "../alumni/alumni.tables";
import { parisDay } from "../paris-time";
import { enterTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { people } from "../people/people.tables";
import { addCalendarMonths } from "./follow-up-schedule";
import { followUps } from "./follow-ups.tables";
import { exitPathway, FOLLOW_UP_SETTINGS, followUpToken, MAIL } from "./test-fixtures";
import { sendFollowUps } from "./use-cases/send-follow-ups";

const answers = {
  situation: "employment_durable",
  projectIdentified: true,
  situationImproved: true,
  selfEsteem: 4,
  barriersRemaining: ["mobility"],
};

/** The questionnaire from its link (one person's, once), the call list, phone answers, rates, a pathway's tab. */
describe("follow-ups API", () => {
  let t: TestApp;
  const trainee: Record<"anna" | "bruno" | "chloe" | "outsider", TestTrainee> = {} as never;
  const token: Record<"anna" | "bruno", string> = {} as never;
  let staff: SessionHeaders;
  const exitDate = addCalendarMonths(parisDay(new Date()), -7);

  const followUpOf = async (pathwayId: string) =>
    (await t.database.db.select().from(followUps).where(eq(followUps.pathwayId, pathwayId)))[0];
  const questionnaire = (value: string) => `/api/follow-ups/answer/${encodeURIComponent(value)}`;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const email = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@example.test`;
    trainee.anna = await enterTrainee(db, {
      firstName: "Anna",
      lastName: "Secret-Nom",
      email: email("anna"),
    });
    trainee.bruno = await enterTrainee(db, { firstName: "Bruno", lastName: "Autre", email: email("bruno") });
    trainee.chloe = await enterTrainee(db, { firstName: "Chloé", lastName: "Sans-Courriel", email: null });
    await db.update(people).set({ phone: "06 12 34 56 78" }).where(eq(people.id, trainee.chloe.personId));
    trainee.outsider = await enterTrainee(db, {
      siteId: (await siteOf(db, "OF20")).id,
      prescriberCode: "ML87",
      referentEmail: null,
      firstName: "Olga",
      email: null,
    });
    for (const one of Object.values(trainee)) await exitPathway(db, one.pathwayId, exitDate);
    await sendFollowUps(db, MAIL, FOLLOW_UP_SETTINGS);
    for (const name of ["anna", "bruno"] as const) {
      const [person] = await db.select().from(people).where(eq(people.id, trainee[name].personId));
      token[name] = (await followUpToken(db, person?.email ?? "")) ?? "";
    }
    staff = await t.sessionAs("training_staff");
  });
  afterAll(() => t.close());

  describe("the questionnaire from its link", () => {
    it("opens one person's questionnaire, showing their first name only", async () => {
      const response = await t.request({ method: "GET", url: questionnaire(token.anna) });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ firstName: "Anna", months: 6, alreadyAnswered: false });
      expect(response.body).not.toContain("Secret-Nom");
      expect(response.body).not.toContain("@example.test");
      expect(response.body).not.toContain(trainee.anna.pathwayId);
      const bruno = await t.request({ method: "GET", url: questionnaire(token.bruno) });
      expect(bruno.json().firstName).toBe("Bruno");
    });

    it("maps each token to exactly one follow-up, stored only as its SHA-256", async () => {
      const anna = await followUpOf(trainee.anna.pathwayId);
      const rows = await t.database.db
        .select()
        .from(followUps)
        .where(eq(followUps.tokenHash, anna?.tokenHash ?? ""));
      expect(rows.map((row) => row.id)).toEqual([anna?.id]);
      expect(anna?.tokenHash).not.toContain(token.anna);
      expect(token.anna.length).toBeGreaterThanOrEqual(43);
    });

    it("cannot be opened nor answered with a follow-up's or a pathway's id", async () => {
      const anna = await followUpOf(trainee.anna.pathwayId);
      for (const id of [anna?.id ?? "", trainee.anna.pathwayId, anna?.tokenHash ?? ""]) {
        expect((await t.request({ method: "GET", url: questionnaire(id) })).statusCode).toBe(404);
        const post = await t.request({ method: "POST", url: questionnaire(id), payload: answers });
        expect(post.statusCode).toBe(404);
      }
      const phone = await t.request({
        method: "POST",
        url: `/api/follow-ups/${anna?.id}/phone-answer`,
        payload: answers,
      });
      expect(phone.statusCode).toBe(401);
      expect((await followUpOf(trainee.anna.pathwayId))?.answeredAt).toBeNull();
    });

    it("refuses incomplete answers in French", async () => {
      const response = await t.request({
        method: "POST",
        url: questionnaire(token.anna),
        payload: { ...answers, situation: undefined, selfEsteem: 7 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("Choisissez votre situation.");
    });

    it("records the answers of that person only, once, with the optional wish to testify", async () => {
      const response = await t.request({
        method: "POST",
        url: questionnaire(token.anna),
        payload: { ...answers, barriersRemaining: ["mobility", "mobility", "housing"], ambassador: true },
      });
      expect(response.statusCode).toBe(204);
      expect(await followUpOf(trainee.anna.pathwayId)).toMatchObject({
        answerChannel: "link",
        answeredByUserId: null,
        situation: "employment_durable",
        projectIdentified: true,
        situationImproved: true,
        selfEsteem: 4,
        barriersRemaining: ["mobility", "housing"],
      });
      expect((await followUpOf(trainee.bruno.pathwayId))?.answeredAt).toBeNull();
      const [ambassador] = await t.database.db
        .select()
        .from(ambassadors)
        .where(eq(ambassadors.personId, trainee.anna.personId));
      expect(ambassador?.withdrawnAt).toBeNull();
    });

    it("answered twice: a kind « déjà répondu » and nothing overwritten", async () => {
      const again = await t.request({
        method: "POST",
        url: questionnaire(token.anna),
        payload: { ...answers, situation: "inactive", barriersRemaining: [] },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain("Vous avez déjà répondu, merci");
      expect((await followUpOf(trainee.anna.pathwayId))?.situation).toBe("employment_durable");
      const read = await t.request({ method: "GET", url: questionnaire(token.anna) });
      expect(read.json().alreadyAnswered).toBe(true);
    });

    it("says in French when a link is unknown (404) or expired (410)", async () => {
      const unknown = await t.request({ method: "GET", url: questionnaire("jeton-inconnu-0123456789") });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().message).toContain("Ce lien n'est pas valable");
      await t.database.db
        .update(followUps)
        .set({ sentAt: new Date(Date.now() - 31 * 86_400_000) })
        .where(eq(followUps.pathwayId, trainee.bruno.pathwayId));
      const expired = await t.request({ method: "GET", url: questionnaire(token.bruno) });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().message).toContain("Ce lien a expiré");
      const late = await t.request({ method: "POST", url: questionnaire(token.bruno), payload: answers });
      expect(late.statusCode).toBe(410);
    });
  });

  describe("the call list", () => {
    it("lists the training organisation's former trainees to call, with their phone, never another's", async () => {
      const response = await t.request({ method: "GET", url: "/api/follow-ups/call-list" }, staff);
      expect(response.statusCode).toBe(200);
      const entry = response
        .json()
        .items.find((item: { pathwayId: string }) => item.pathwayId === trainee.chloe.pathwayId);
      expect(entry).toMatchObject({ firstName: "Chloé", phone: "06 12 34 56 78", exitDate, callAttempts: 0 });
      expect(response.body).not.toContain(trainee.outsider.pathwayId);
      const region = await t.request(
        { method: "GET", url: "/api/follow-ups/call-list" },
        await t.sessionAs("region_admin"),
      );
      expect(region.statusCode).toBe(403);
    });

    it("records an unsuccessful call, then the answers given by phone, once", async () => {
      const chloe = await followUpOf(trainee.chloe.pathwayId);
      const attempt = await t.request(
        { method: "POST", url: `/api/follow-ups/${chloe?.id}/call-attempts` },
        staff,
      );
      expect(attempt.statusCode).toBe(204);
      expect((await followUpOf(trainee.chloe.pathwayId))?.callAttempts).toBe(1);
      const url = `/api/follow-ups/${chloe?.id}/phone-answer`;
      const answered = await t.request(
        { method: "POST", url, payload: { ...answers, barriersRemaining: [] } },
        staff,
      );
      expect(answered.statusCode).toBe(204);
      const after = await followUpOf(trainee.chloe.pathwayId);
      expect(after).toMatchObject({ answerChannel: "phone", barriersRemaining: [] });
      expect(after?.answeredByUserId).not.toBeNull();
      const twice = await t.request({ method: "POST", url, payload: answers }, staff);
      expect(twice.statusCode).toBe(409);
      const list = await t.request({ method: "GET", url: "/api/follow-ups/call-list" }, staff);
      expect(list.body).not.toContain(trainee.chloe.pathwayId);
    });

    it("hides another organisation's follow-up: « introuvable »", async () => {
      const outsider = await followUpOf(trainee.outsider.pathwayId);
      for (const url of [
        `/api/follow-ups/${outsider?.id}/call-attempts`,
        `/api/follow-ups/${outsider?.id}/phone-answer`,
      ]) {
        const response = await t.request({ method: "POST", url, payload: answers }, staff);
        expect(response.statusCode).toBe(404);
        expect(response.json().message).toBe("Suivi introuvable.");
      }
      expect((await followUpOf(trainee.outsider.pathwayId))?.callAttempts).toBe(0);
    });
  });

  describe("response rates", () => {
    type Row = {
      site: { id: string };
      due: number;
      answeredByLink: number;
      answeredByPhone: number;
      rate: number | null;
    };
    const rates = async (session: SessionHeaders) => {
      const response = await t.request({ method: "GET", url: "/api/follow-ups/response-rates" }, session);
      expect(response.statusCode).toBe(200);
      return response.json().items as Row[];
    };

    it("count per site what was due, answered by link and by phone, for the Region", async () => {
      const rows = await rates(await t.sessionAs("region_admin"));
      const ours = rows.find((row) => row.site.id === trainee.anna.siteId);
      expect(ours?.answeredByLink).toBeGreaterThanOrEqual(1);
      expect(ours?.answeredByPhone).toBeGreaterThanOrEqual(1);
      expect(ours?.rate).toBeGreaterThan(0);
      expect(rows.some((row) => row.site.id === trainee.outsider.siteId)).toBe(true);
    });

    it("show a training organisation its own sites only", async () => {
      const rows = await rates(staff);
      expect(rows.some((row) => row.site.id === trainee.anna.siteId)).toBe(true);
      expect(rows.some((row) => row.site.id === trainee.outsider.siteId)).toBe(false);
    });
  });

  describe("a pathway's follow-ups", () => {
    it("are read, answers included, by the prescriber who sent the trainee", async () => {
      const response = await t.request(
        { method: "GET", url: `/api/pathways/${trainee.anna.pathwayId}/follow-ups` },
        await t.sessionAs("prescriber_advisor"),
      );
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toMatchObject([
        { months: 6, answerChannel: "link", situation: "employment_durable", selfEsteem: 4 },
      ]);
    });

    it("are « introuvables » out of reach", async () => {
      const response = await t.request(
        { method: "GET", url: `/api/pathways/${trainee.outsider.pathwayId}/follow-ups` },
        staff,
      );
      expect(response.statusCode).toBe(404);
    });
  });

  describe("sending at once, in the demo", () => {
    it("sends a just-ended pathway's questionnaire now, once, to its trainee only", async () => {
      const db = t.database.db;
      const address = `demo.${crypto.randomUUID().slice(0, 8)}@example.test`;
      const fresh = await enterTrainee(db, { firstName: "Dora", email: address });
      const url = `/api/pathways/${fresh.pathwayId}/follow-ups/demo-send`;
      const early = await t.request({ method: "POST", url }, staff);
      expect(early.statusCode).toBe(409);
      await exitPathway(db, fresh.pathwayId, parisDay(new Date()));
      const sent = await t.request({ method: "POST", url }, staff);
      expect(sent.statusCode).toBe(201);
      const link = await followUpToken(db, address);
      const opened = await t.request({ method: "GET", url: questionnaire(link ?? "") });
      expect(opened.json().firstName).toBe("Dora");
      expect((await t.request({ method: "POST", url }, staff)).statusCode).toBe(409);
      const outsider = await t.request(
        { method: "POST", url: `/api/pathways/${trainee.outsider.pathwayId}/follow-ups/demo-send` },
        staff,
      );
      expect(outsider.statusCode).toBe(404);
    });
  });
});
