import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { createOrganisation, createUser, regionId } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { createLot, createSite, createTrainingOrganisation } from "./test-fixtures";

const PERIGUEUX = "24322";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("a site's public offer, edited by its training organisation", () => {
  let t: TestApp;
  /** OF-LEAD leads the consortium GRP that runs lot L1; OF-MEMBER is a member with its own site there. */
  let leadSite: string;
  let memberSite: string;
  let otherSite: string;
  let lead: SessionHeaders;
  let member: SessionHeaders;
  let other: SessionHeaders;
  let region: SessionHeaders;
  let prescriber: SessionHeaders;

  beforeAll(async () => {
    t = await createTestApp({ template: "empty" });
    const db = t.database.db;
    const leadOrganisation = await createTrainingOrganisation(db, "OF-LEAD");
    const memberOrganisation = await createTrainingOrganisation(db, "OF-MEMBER");
    const consortium = await createTrainingOrganisation(db, "GRP", "consortium", leadOrganisation);
    const otherOrganisation = await createTrainingOrganisation(db, "OF-OTHER");
    const lot = await createLot(db, "L1", consortium);
    const otherLot = await createLot(db, "L2", otherOrganisation);
    leadSite = await createSite(db, {
      code: "S1",
      organisationId: leadOrganisation,
      lotId: lot,
      communeCode: PERIGUEUX,
    });
    memberSite = await createSite(db, {
      code: "S2",
      organisationId: memberOrganisation,
      lotId: lot,
      communeCode: PERIGUEUX,
    });
    otherSite = await createSite(db, {
      code: "S3",
      organisationId: otherOrganisation,
      lotId: otherLot,
      communeCode: PERIGUEUX,
    });
    const userOf = async (
      email: string,
      role: "training_manager" | "training_staff",
      organisationId: string,
    ) => t.sessionFor(await createUser(db, { email, role, organisationId }));
    lead = await userOf("lead@of.test", "training_manager", leadOrganisation);
    member = await userOf("member@of.test", "training_staff", memberOrganisation);
    other = await userOf("other@of.test", "training_manager", otherOrganisation);
    region = await t.sessionFor(
      await createUser(db, {
        email: "admin@region.test",
        role: "region_admin",
        organisationId: await regionId(db),
      }),
    );
    const prescriberOrganisation = await createOrganisation(db, "FT-TEST", "prescriber");
    prescriber = await t.sessionFor(
      await createUser(db, {
        email: "advisor@ft.test",
        role: "prescriber_advisor",
        organisationId: prescriberOrganisation,
      }),
    );
  });
  afterAll(() => t.close());

  const offer = {
    accessibility: "Plain-pied, accès PMR. Bus ligne 3, arrêt Gare.",
    contactPhone: "05 53 00 00 00",
    contactEmail: "Accueil@Site.test",
  };
  const putOffer = (siteId: string, session: SessionHeaders, payload: object = offer) =>
    t.request({ method: "PUT", url: `/api/sites/${siteId}/offer`, payload }, session);
  const addSession = (siteId: string, session: SessionHeaders, payload: object) =>
    t.request({ method: "POST", url: `/api/sites/${siteId}/information-sessions`, payload }, session);

  it("lets the lead of the lot's consortium change a site's contact and accessibility, audited, seen by the public", async () => {
    const response = await putOffer(leadSite, lead);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      siteId: leadSite,
      ...offer,
      contactEmail: "accueil@site.test",
      mayManage: true,
    });
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "site.offer_update"), eq(auditEvents.recordId, leadSite)));
    expect(event?.details).toEqual({ filled: ["accessibility", "contactPhone", "contactEmail"] });
    const seen = (await t.request({ method: "GET", url: `/api/public/sites/${leadSite}` })).json();
    expect(seen).toMatchObject({ accessibility: offer.accessibility, contactPhone: offer.contactPhone });
  });

  it("lets a member change its own site, the Region any site; empty fields clear the offer", async () => {
    expect((await putOffer(memberSite, member)).statusCode).toBe(200);
    const cleared = await putOffer(otherSite, region, {
      accessibility: "  ",
      contactPhone: "",
      contactEmail: "",
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ accessibility: null, contactPhone: null, contactEmail: null });
  });

  it("refuses, in French, another organisation's site and an unknown one", async () => {
    const refused = await putOffer(leadSite, other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/dépend d'un autre organisme de formation/);
    // A member of the consortium does not manage the lead's site.
    expect((await putOffer(leadSite, member)).statusCode).toBe(403);
    expect((await addSession(leadSite, other, { startsAt: inDays(3), place: "Salle 1" })).statusCode).toBe(
      403,
    );
    const unknown = await putOffer(crypto.randomUUID(), lead);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("Site introuvable.");
    // Prescribers read the offer but never change it.
    expect((await putOffer(leadSite, prescriber)).statusCode).toBe(403);
  });

  it("says who may change a site's offer to any professional reading it", async () => {
    const read = async (siteId: string, session: SessionHeaders) =>
      (await t.request({ method: "GET", url: `/api/sites/${siteId}/offer` }, session)).json().mayManage;
    expect(await read(leadSite, lead)).toBe(true);
    expect(await read(memberSite, lead)).toBe(true);
    expect(await read(leadSite, member)).toBe(false);
    expect(await read(leadSite, other)).toBe(false);
    expect(await read(leadSite, prescriber)).toBe(false);
    expect(await read(otherSite, region)).toBe(true);
  });

  it("rejects a malformed phone or e-mail with the field named", async () => {
    const response = await putOffer(leadSite, lead, {
      ...offer,
      contactPhone: "12",
      contactEmail: "pas-une-adresse",
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .details.map((detail: { field: string }) => detail.field)
        .sort(),
    ).toEqual(["body.contactEmail", "body.contactPhone"]);
  });

  it("announces information sessions to come, lists them soonest first, and cancels one", async () => {
    const later = await addSession(leadSite, lead, { startsAt: inDays(10), place: "Salle 2", seats: 12 });
    expect(later.statusCode).toBe(201);
    const sooner = await addSession(leadSite, lead, { startsAt: inDays(2), place: "Salle 1" });
    expect(sooner.json()).toMatchObject({ place: "Salle 1", seats: null });
    const list = await t.request(
      { method: "GET", url: `/api/sites/${leadSite}/information-sessions` },
      prescriber,
    );
    expect(list.json().items.map((item: { place: string }) => item.place)).toEqual(["Salle 1", "Salle 2"]);

    const publicSite = (await t.request({ method: "GET", url: `/api/public/sites/${leadSite}` })).json();
    expect(publicSite.informationSessions.map((item: { place: string }) => item.place)).toEqual([
      "Salle 1",
      "Salle 2",
    ]);

    const refused = await t.request(
      { method: "DELETE", url: `/api/sites/${leadSite}/information-sessions/${sooner.json().id}` },
      other,
    );
    expect(refused.statusCode).toBe(403);
    const elsewhere = await t.request(
      { method: "DELETE", url: `/api/sites/${memberSite}/information-sessions/${sooner.json().id}` },
      member,
    );
    expect(elsewhere.statusCode).toBe(404);
    const removed = await t.request(
      { method: "DELETE", url: `/api/sites/${leadSite}/information-sessions/${sooner.json().id}` },
      lead,
    );
    expect(removed.statusCode).toBe(204);
    const after = await t.request(
      { method: "GET", url: `/api/sites/${leadSite}/information-sessions` },
      lead,
    );
    expect(after.json().items.map((item: { place: string }) => item.place)).toEqual(["Salle 2"]);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.recordId, leadSite));
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(["information_session.create", "information_session.delete"]),
    );
  });

  it("refuses a session in the past or without a place", async () => {
    const past = await addSession(leadSite, lead, { startsAt: inDays(-1), place: "Salle 1" });
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toMatch(/dans le futur/);
    const placeless = await addSession(leadSite, lead, { startsAt: inDays(1), place: " " });
    expect(placeless.statusCode).toBe(400);
    expect(placeless.json().message).toMatch(/Indiquez le lieu/);
  });
});
