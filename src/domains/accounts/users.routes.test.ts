import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { lots } from "../territory/territory.tables";
import { sessions, userLots, users } from "./accounts.tables";
import { createOrganisation, createUser, regionId } from "./test-fixtures";

let t: TestApp;
let ofA: string;
let ofB: string;
let prescriber: string;
let region: string;
let regionAdmin: SessionHeaders;
let managerA: SessionHeaders;
let managerAId: string;
let staffA: SessionHeaders;
let staffBId: string;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  const db = t.database.db;
  region = await regionId(db);
  ofA = await createOrganisation(db, "OF-A", "training_organisation");
  ofB = await createOrganisation(db, "OF-B", "training_organisation");
  prescriber = await createOrganisation(db, "ML-1", "prescriber");
  regionAdmin = await t.sessionFor(
    await createUser(db, { email: "admin@region.test", role: "region_admin", organisationId: region }),
  );
  managerAId = await createUser(db, {
    email: "manager@a.test",
    role: "training_manager",
    organisationId: ofA,
  });
  managerA = await t.sessionFor(managerAId);
  staffA = await t.sessionFor(
    await createUser(db, { email: "staff@a.test", role: "training_staff", organisationId: ofA }),
  );
  staffBId = await createUser(db, { email: "staff@b.test", role: "training_staff", organisationId: ofB });
});
afterAll(() => t.close());

const invite = (session: SessionHeaders, payload: Record<string, unknown>) =>
  t.request({ method: "POST", url: "/api/users", payload }, session);
const list = (session: SessionHeaders, query = "") =>
  t.request({ method: "GET", url: `/api/users${query}` }, session);
const emails = (response: { json(): { items: { email: string }[] } }) =>
  response.json().items.map((item) => item.email);
const countRows = async () => ({
  users: (await t.database.db.select().from(users)).length,
  emails: (await t.database.db.select().from(outboxEmails)).length,
  audit: (await t.database.db.select().from(auditEvents)).length,
});

describe("listing users", () => {
  it("shows the Region's admins everyone, with filters", async () => {
    const all = await list(regionAdmin);
    expect(all.statusCode).toBe(200);
    expect(emails(all)).toEqual(
      expect.arrayContaining(["admin@region.test", "manager@a.test", "staff@a.test", "staff@b.test"]),
    );
    expect(emails(await list(regionAdmin, `?organisationId=${ofB}`))).toEqual(["staff@b.test"]);
    expect(emails(await list(regionAdmin, "?role=training_manager&active=true&q=MANAGER"))).toEqual([
      "manager@a.test",
    ]);
    expect(emails(await list(regionAdmin, "?q=%25"))).toEqual([]);
    expect(emails(await list(regionAdmin, `?organisationId=${ofB}&role=&active=&q=`))).toEqual([
      "staff@b.test",
    ]);
    const [summary] = (await list(regionAdmin, "?q=staff@b")).json().items;
    expect(summary).toEqual({
      id: staffBId,
      email: "staff@b.test",
      displayName: "Personne staff@b.test",
      role: "training_staff",
      organisation: { id: ofB, code: "OF-B", name: "Structure OF-B" },
      active: true,
      invitationPending: false,
      lastLoginAt: null,
    });
  });

  it("shows an organisation admin their organisation only, whatever they ask for", async () => {
    expect(emails(await list(managerA)).sort()).toEqual(["manager@a.test", "staff@a.test"]);
    expect(emails(await list(managerA, `?organisationId=${ofB}`))).toEqual([]);
  });

  it("refuses staff and bad filters", async () => {
    expect((await list(staffA)).statusCode).toBe(403);
    expect((await t.request({ method: "GET", url: "/api/users" })).statusCode).toBe(401);
    const bad = await list(regionAdmin, "?role=chef&active=peut-etre");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^Données invalides/);
  });
});

describe("inviting users", () => {
  it("lets an organisation admin invite a role they may grant into their organisation", async () => {
    const response = await invite(managerA, {
      email: "Nouvelle@A.test",
      displayName: "Nouvelle Personne",
      role: "training_staff",
      organisationId: ofA,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ email: "nouvelle@a.test", invitationPending: true });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, response.json().id));
    expect(audit).toMatchObject({ action: "user.invite", actorUserId: managerAId, actorOrganisationId: ofA });
  });

  it("refuses, writing nothing: another organisation, a role not grantable, a role not fitting", async () => {
    const before = await countRows();
    const person = { email: "x@x.test", displayName: "X" };
    const otherOrganisation = await invite(managerA, {
      ...person,
      role: "training_staff",
      organisationId: ofB,
    });
    expect(otherOrganisation.statusCode).toBe(403);
    const notGrantable = await invite(managerA, { ...person, role: "region_admin", organisationId: ofA });
    expect(notGrantable.statusCode).toBe(403);
    expect(notGrantable.json().message).toContain("« Administrateur·rice Région »");
    const notFitting = await invite(regionAdmin, {
      ...person,
      role: "prescriber_advisor",
      organisationId: ofA,
    });
    expect(notFitting.statusCode).toBe(400);
    expect(notFitting.json().message).toContain("ne convient pas");
    const staffIntoPrescriber = await invite(regionAdmin, {
      ...person,
      role: "training_staff",
      organisationId: prescriber,
    });
    expect(staffIntoPrescriber.statusCode).toBe(400);
    const noOrganisation = await invite(regionAdmin, {
      ...person,
      role: "training_staff",
      organisationId: null,
    });
    expect(noOrganisation.statusCode).toBe(400);
    const lotsForStaff = await invite(regionAdmin, {
      ...person,
      role: "training_staff",
      organisationId: ofA,
      lotIds: ["9b2f0d7e-1c44-4b0e-9a51-4f7e1d2c3b4a"],
    });
    expect(lotsForStaff.statusCode).toBe(400);
    const byStaff = await invite(staffA, { ...person, role: "training_staff", organisationId: ofA });
    expect(byStaff.statusCode).toBe(403);
    expect(await countRows()).toEqual(before);
  });

  it("refuses a duplicate e-mail with 409 and bad input with 400, writing nothing", async () => {
    const before = await countRows();
    const duplicate = await invite(regionAdmin, {
      email: "STAFF@b.test",
      displayName: "Doublon",
      role: "training_staff",
      organisationId: ofB,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().message).toBe("Un compte existe déjà avec cette adresse e-mail.");
    for (const payload of [
      {},
      { email: "pas-une-adresse", displayName: "X", role: "training_staff", organisationId: ofA },
      { email: "a@a.test", displayName: "X".repeat(201), role: "training_staff", organisationId: ofA },
      { email: "a@a.test", displayName: "  ", role: "training_staff", organisationId: ofA },
      { email: "a@a.test", displayName: "X", role: "chef", organisationId: ofA },
      { email: "a@a.test", displayName: "X", role: "training_staff", organisationId: "pas-un-uuid" },
    ]) {
      const response = await invite(regionAdmin, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/^Données invalides/);
    }
    expect(await countRows()).toEqual(before);
  });

  it("gives a territorial officer their lots; evaluators belong to no organisation", async () => {
    const [lot] = await t.database.db
      .insert(lots)
      .values({ code: "L99", name: "Lot test", target: 10 })
      .returning();
    const officer = await invite(regionAdmin, {
      email: "officer@region.test",
      displayName: "Chargé",
      role: "territorial_officer",
      organisationId: region,
      lotIds: [lot?.id],
    });
    expect(officer.statusCode).toBe(201);
    const assigned = await t.database.db
      .select()
      .from(userLots)
      .where(eq(userLots.userId, officer.json().id));
    expect(assigned.map((row) => row.lotId)).toEqual([lot?.id]);
    const evaluator = await invite(regionAdmin, {
      email: "eval@labo.test",
      displayName: "Évaluatrice",
      role: "evaluator",
      organisationId: null,
    });
    expect(evaluator.statusCode).toBe(201);
    expect(evaluator.json().organisation).toBeNull();
  });
});

describe("deactivating users", () => {
  it("deactivates a user of one's organisation, closing their sessions, and reactivates them", async () => {
    const userId = await createUser(t.database.db, {
      email: "leaving@a.test",
      role: "training_staff",
      organisationId: ofA,
    });
    const theirSession = await t.sessionFor(userId);
    const response = await t.request({ method: "POST", url: `/api/users/${userId}/deactivate` }, managerA);
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(0);
    expect(
      (await t.request({ method: "GET", url: "/api/auth/session" }, theirSession)).json().user,
    ).toBeNull();
    const back = await t.request({ method: "POST", url: `/api/users/${userId}/reactivate` }, managerA);
    expect(back.json().active).toBe(true);
    const actions = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, userId));
    expect(actions.map((row) => row.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("answers 404 for another organisation's user, and never deactivates them", async () => {
    for (const path of ["deactivate", "reactivate", "invitation"]) {
      const response = await t.request({ method: "POST", url: `/api/users/${staffBId}/${path}` }, managerA);
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe("Ce compte n'existe pas.");
    }
    const [staffB] = await t.database.db.select().from(users).where(eq(users.id, staffBId));
    expect(staffB?.active).toBe(true);
  });

  it("refuses to deactivate oneself", async () => {
    const response = await t.request(
      { method: "POST", url: `/api/users/${managerAId}/deactivate` },
      managerA,
    );
    expect(response.statusCode).toBe(400);
  });
});
