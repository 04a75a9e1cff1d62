import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { enterTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { internships } from "./internships.tables";
import { companyBody, daysFromToday, internshipBody } from "./test-fixtures";

/** Host companies and a pathway's internships: what is checked, who may read and write. */
describe("internships API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;
  let staff: SessionHeaders;
  let companyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ours = await enterTrainee(t.database.db, { entryDate: daysFromToday(-30) });
    const otherSite = await siteOf(t.database.db, "OF20");
    elsewhere = await enterTrainee(t.database.db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
      entryDate: daysFromToday(-30),
    });
    staff = await t.sessionAs("training_staff");
    const company = await t.request(
      {
        method: "POST",
        url: "/api/host-companies",
        payload: companyBody({ name: "Boulangerie Lacoste", siret: "732 829 320 00074" }),
      },
      staff,
    );
    expect(company.statusCode).toBe(201);
    companyId = company.json().id;
  });
  afterAll(() => t.close());

  const create = (pathwayId: string, overrides = {}, session = staff) =>
    t.request(
      {
        method: "POST",
        url: `/api/pathways/${pathwayId}/internships`,
        payload: internshipBody(companyId, overrides),
      },
      session,
    );

  describe("host companies", () => {
    it("finds a company by a part of its name or the start of its SIRET", async () => {
      for (const q of ["lacoste", "73282932", "732 829"]) {
        const found = await t.request(
          { method: "GET", url: `/api/host-companies?q=${encodeURIComponent(q)}` },
          staff,
        );
        expect(
          found.json().items.map((item: { id: string }) => item.id),
          q,
        ).toContain(companyId);
      }
    });

    it("refuses a SIRET whose key is wrong, in French", async () => {
      const response = await t.request(
        { method: "POST", url: "/api/host-companies", payload: companyBody({ siret: "73282932000075" }) },
        staff,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain("Ce SIRET n'existe pas");
    });

    it("answers a SIRET already known with 409 and the company recorded", async () => {
      const response = await t.request(
        {
          method: "POST",
          url: "/api/host-companies",
          payload: companyBody({ siret: "73282932000074", name: "Autre nom" }),
        },
        staff,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe(
        "Cette entreprise est déjà enregistrée (SIRET 73282932000074) : « Boulangerie Lacoste ». Choisissez-la dans la recherche.",
      );
      expect(response.json().details.hostCompany.id).toBe(companyId);
    });

    it("is for training organisations: a prescriber may neither search nor create", async () => {
      const advisor = await t.sessionAs("prescriber_advisor");
      expect((await t.request({ method: "GET", url: "/api/host-companies" }, advisor)).statusCode).toBe(403);
      expect(
        (await t.request({ method: "POST", url: "/api/host-companies", payload: companyBody() }, advisor))
          .statusCode,
      ).toBe(403);
    });
  });

  describe("a pathway's internships", () => {
    it("creates a draft with the job's ROME label, lists it and audits both", async () => {
      const response = await create(ours.pathwayId, {
        startDate: daysFromToday(40),
        endDate: daysFromToday(44),
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        status: "draft",
        romeCode: "K2204",
        romeLabel: "Nettoyage de locaux",
        hours: 35,
        hostCompany: { name: "Boulangerie Lacoste" },
        startBlocked: false,
        signatures: [],
        assessment: null,
      });
      const list = await t.request(
        { method: "GET", url: `/api/pathways/${ours.pathwayId}/internships` },
        staff,
      );
      expect(list.json().items.map((item: { id: string }) => item.id)).toContain(response.json().id);
      const audited = await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.recordId, response.json().id));
      expect(audited.map((event) => event.action)).toContain("internship.create");
    });

    it("refuses more than 35 hours a week on average, a date before entry, an unknown ROME code", async () => {
      const tooMany = await create(ours.pathwayId, {
        startDate: daysFromToday(60),
        endDate: daysFromToday(64),
        hours: 36,
      });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().message).toBe(
        "36 heures, c'est plus de 35 heures par semaine en moyenne : sur 5 jours, 35 heures au plus.",
      );
      expect(tooMany.json().details).toEqual([{ field: "body.hours", message: tooMany.json().message }]);
      const early = await create(ours.pathwayId, {
        startDate: daysFromToday(-31),
        endDate: daysFromToday(-29),
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().message).toContain("Le stage doit commencer pendant le parcours");
      const unknownJob = await create(ours.pathwayId, { romeCode: "Z9999" });
      expect(unknownJob.statusCode).toBe(400);
      expect(unknownJob.json().message).toContain("Choisissez un métier de la liste (code ROME).");
    });

    it("refuses dates overlapping another internship, but not a cancelled one", async () => {
      const first = await create(ours.pathwayId, {
        startDate: daysFromToday(80),
        endDate: daysFromToday(84),
      });
      const overlapping = await create(ours.pathwayId, {
        startDate: daysFromToday(84),
        endDate: daysFromToday(86),
      });
      expect(overlapping.statusCode).toBe(400);
      expect(overlapping.json().message).toContain(
        "Ces dates chevauchent un autre stage du parcours (Boulangerie Lacoste",
      );
      const cancelled = await t.request(
        { method: "POST", url: `/api/internships/${first.json().id}/cancel` },
        staff,
      );
      expect(cancelled.json().status).toBe("cancelled");
      expect(
        (
          await create(ours.pathwayId, {
            startDate: daysFromToday(84),
            endDate: daysFromToday(86),
            hours: 21,
          })
        ).statusCode,
      ).toBe(201);
    });

    it("edits a draft, checked like a new one (not against itself)", async () => {
      const draft = await create(ours.pathwayId, {
        startDate: daysFromToday(100),
        endDate: daysFromToday(104),
      });
      const id = draft.json().id;
      const patched = await t.request(
        {
          method: "PATCH",
          url: `/api/internships/${id}`,
          payload: { hours: 30, endDate: daysFromToday(103) },
        },
        staff,
      );
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ hours: 30, endDate: daysFromToday(103) });
      const tooMany = await t.request(
        { method: "PATCH", url: `/api/internships/${id}`, payload: { hours: 40 } },
        staff,
      );
      expect(tooMany.statusCode).toBe(400);
    });

    it("hides another organisation's trainee's internships as if they did not exist", async () => {
      const [otherInternship] = await t.database.db
        .insert(internships)
        .values({
          ...internshipBody(companyId),
          hours: 10,
          objective: "confirm_project",
          pathwayId: elsewhere.pathwayId,
        } as typeof internships.$inferInsert)
        .returning({ id: internships.id });
      const id = otherInternship?.id as string;
      for (const request of [
        { method: "GET" as const, url: `/api/pathways/${elsewhere.pathwayId}/internships` },
        {
          method: "POST" as const,
          url: `/api/pathways/${elsewhere.pathwayId}/internships`,
          payload: internshipBody(companyId),
        },
        { method: "PATCH" as const, url: `/api/internships/${id}`, payload: { hours: 5 } },
        { method: "POST" as const, url: `/api/internships/${id}/send-for-signature`, payload: {} },
        { method: "POST" as const, url: `/api/internships/${id}/cancel` },
        { method: "GET" as const, url: `/api/internships/${id}/agreement.pdf` },
      ]) {
        const response = await t.request(request, staff);
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      }
    });

    it("lets the prescriber who sent the trainee read, not write (403)", async () => {
      const advisor = await t.sessionAs("prescriber_advisor");
      const list = await t.request(
        { method: "GET", url: `/api/pathways/${ours.pathwayId}/internships` },
        advisor,
      );
      expect(list.statusCode).toBe(200);
      const id = list.json().items[0].id;
      for (const request of [
        {
          method: "POST" as const,
          url: `/api/pathways/${ours.pathwayId}/internships`,
          payload: internshipBody(companyId),
        },
        { method: "PATCH" as const, url: `/api/internships/${id}`, payload: { hours: 5 } },
        { method: "POST" as const, url: `/api/internships/${id}/send-for-signature`, payload: {} },
        { method: "POST" as const, url: `/api/internships/${id}/assessment-link` },
      ]) {
        expect((await t.request(request, advisor)).statusCode, `${request.method} ${request.url}`).toBe(403);
      }
      const pdf = await t.request({ method: "GET", url: `/api/internships/${id}/agreement.pdf` }, advisor);
      expect(pdf.statusCode).toBe(200);
    });
  });
});
