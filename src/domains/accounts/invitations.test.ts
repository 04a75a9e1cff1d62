import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { users, userTokens } from "./accounts.tables";
import { createOrganisation, createUser, lastEmailTo } from "./test-fixtures";

let t: TestApp;
let organisationId: string;
let manager: SessionHeaders;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  organisationId = await createOrganisation(t.database.db, "OF-INV", "training_organisation");
  manager = await t.sessionFor(
    await createUser(t.database.db, { email: "manager@inv.test", role: "training_manager", organisationId }),
  );
});
afterAll(() => t.close());

async function invite(email: string) {
  const response = await t.request(
    {
      method: "POST",
      url: "/api/users",
      payload: { email, displayName: "Inès Formatrice", role: "training_staff", organisationId },
    },
    manager,
  );
  expect(response.statusCode).toBe(201);
  const token = (await lastEmailTo(t.database.db, email))?.token;
  if (!token) throw new Error("no invitation e-mailed");
  return { user: response.json(), token };
}

const accept = (token: string, password = "mon-mot-de-passe-a-moi") =>
  t.request({ method: "POST", url: "/api/auth/invitations/accept", payload: { token, password } });

describe("invitations", () => {
  it("e-mails a 7-day link; the page reads it; accepting sets the password and signs in", async () => {
    const { user, token } = await invite("ines@inv.test");
    expect(user).toMatchObject({
      email: "ines@inv.test",
      invitationPending: true,
      active: true,
      lastLoginAt: null,
    });
    const email = await lastEmailTo(t.database.db, "ines@inv.test");
    expect(email?.subject).toBe("Votre accès à Amorce");
    expect(email?.bodyText).toContain("http://127.0.0.1:3000/invitation?jeton=");
    expect(email?.bodyText).toContain("Structure OF-INV");
    expect(email?.bodyText).toContain("valable 7 jours");

    const page = await t.request({ method: "GET", url: `/api/auth/invitations/${token}` });
    expect(page.json()).toEqual({
      email: "ines@inv.test",
      displayName: "Inès Formatrice",
      organisationName: "Structure OF-INV",
      roleLabel: "Formateur·rice / équipe d'organisme de formation",
    });

    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ id: user.id, role: "training_staff" });
    const cookie = accepted.cookies.find((candidate) => candidate.name === "amorce_session");
    expect(cookie?.httpOnly).toBe(true);
    const session = await t.request({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `amorce_session=${cookie?.value}` },
    });
    expect(session.json().user.id).toBe(user.id);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, user.id));
    expect(audit.map((row) => row.action).sort()).toEqual(["user.invitation_accept", "user.invite"]);

    const reused = await accept(token, "un-autre-mot-de-passe");
    expect(reused.statusCode).toBe(400);
    expect((await t.request({ method: "GET", url: `/api/auth/invitations/${token}` })).statusCode).toBe(410);
  });

  it("answers 404 for an unknown invitation and 410 for an expired one", async () => {
    expect((await t.request({ method: "GET", url: "/api/auth/invitations/inconnu" })).statusCode).toBe(404);
    const { user, token } = await invite("late@inv.test");
    await t.database.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, user.id));
    const expired = await t.request({ method: "GET", url: `/api/auth/invitations/${token}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toContain("a expiré");
    expect((await accept(token)).statusCode).toBe(400);
    const [stored] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(stored?.passwordHash).toBeNull();
  });

  it("resends an invitation: the new link works, the old one no longer does", async () => {
    const { user, token: first } = await invite("again@inv.test");
    const resent = await t.request({ method: "POST", url: `/api/users/${user.id}/invitation` }, manager);
    expect(resent.statusCode).toBe(200);
    const second = (await lastEmailTo(t.database.db, "again@inv.test"))?.token ?? "";
    expect(second).not.toBe(first);
    expect((await accept(first)).statusCode).toBe(400);
    expect((await accept(second)).statusCode).toBe(200);
    const again = await t.request({ method: "POST", url: `/api/users/${user.id}/invitation` }, manager);
    expect(again.statusCode).toBe(409);
  });

  it("refuses a password that breaks the policy, and leaves the invitation usable", async () => {
    const { token } = await invite("policy@inv.test");
    const refused = await accept(token, "court");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain("au moins 12 caractères");
    expect((await accept(token)).statusCode).toBe(200);
  });
});
