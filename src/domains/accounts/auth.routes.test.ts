import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { sessions, users } from "./accounts.tables";
import { createOrganisation, createUser, TEST_PASSWORD } from "./test-fixtures";

let t: TestApp;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  organisationId = await createOrganisation(t.database.db, "OF-AUTH", "training_organisation");
});
afterAll(() => t.close());

let ipCounter = 0;
/** Each test signs in from its own address, so that the per-address rate limit stays out of the way. */
const freshIp = () => `10.0.0.${++ipCounter}`;

function login(email: string, password: string, remoteAddress = freshIp()) {
  return t.request({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress });
}

function auditRows(action: string, recordId: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId)));
}

describe("signing in", () => {
  it("opens a session: HttpOnly, SameSite=Lax cookie, CSRF token, the user's profile, audited", async () => {
    const userId = await createUser(t.database.db, {
      email: "sophie@of.test",
      role: "training_manager",
      organisationId,
    });
    const response = await login("  Sophie@OF.test ", TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({
      id: userId,
      email: "sophie@of.test",
      role: "training_manager",
      organisation: { id: organisationId, code: "OF-AUTH", kind: "training_organisation" },
      lotIds: [],
    });
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = response.cookies.find((candidate) => candidate.name === "amorce_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", maxAge: 12 * 60 * 60 });
    expect(cookie?.secure).toBeFalsy();

    const session = await t.request({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `amorce_session=${cookie?.value}` },
    });
    expect(session.json()).toEqual({ user: body.user, csrfToken: body.csrfToken });
    const [audit] = await auditRows("auth.login", userId);
    expect(audit).toMatchObject({
      outcome: "success",
      actorUserId: userId,
      actorOrganisationId: organisationId,
    });
    const [user] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(user?.lastLoginAt).not.toBeNull();
  });

  it("answers anonymous callers with no user", async () => {
    const response = await t.request({ method: "GET", url: "/api/auth/session" });
    expect(response.json()).toEqual({ user: null, csrfToken: null });
  });

  it("gives the same answer for a wrong password and an unknown e-mail, and audits both", async () => {
    const userId = await createUser(t.database.db, {
      email: "wrong@of.test",
      role: "training_staff",
      organisationId,
    });
    const wrongPassword = await login("wrong@of.test", "pas-le-bon-mot-de-passe");
    const unknownEmail = await login("nobody@of.test", "pas-le-bon-mot-de-passe");
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toBe("Adresse e-mail ou mot de passe incorrect.");
      expect(response.cookies).toHaveLength(0);
    }
    const [failure] = await auditRows("auth.login", userId);
    expect(failure).toMatchObject({ outcome: "failure", actorEmail: "wrong@of.test", actorUserId: null });
    const unknown = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.login"), eq(auditEvents.actorEmail, "nobody@of.test")));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.outcome).toBe("failure");
  });

  it("locks the account for 15 minutes after 5 wrong passwords in a row, even for the right one", async () => {
    const userId = await createUser(t.database.db, {
      email: "locked@of.test",
      role: "training_staff",
      organisationId,
    });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await login("locked@of.test", "pas-le-bon-mot-de-passe")).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await login("locked@of.test", TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message).toMatch(/bloqué pour 15 minutes\. Réessayez à partir de \d\d h \d\d/);
    expect(await auditRows("auth.lockout", userId)).toHaveLength(1);

    await t.database.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, userId));
    expect((await login("locked@of.test", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("resets the count of failures after a successful sign-in", async () => {
    await createUser(t.database.db, { email: "reset@of.test", role: "training_staff", organisationId });
    for (let attempt = 0; attempt < 4; attempt++) await login("reset@of.test", "pas-le-bon-mot-de-passe");
    expect((await login("reset@of.test", TEST_PASSWORD)).statusCode).toBe(200);
    expect((await login("reset@of.test", "pas-le-bon-mot-de-passe")).statusCode).toBe(401);
  });

  it("limits attempts per address to 20 a minute, in French", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt++) {
      statuses.push((await login(`flood${attempt}@of.test`, "pas-le-bon-mot-de-passe", ip)).statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    const limited = await login("flood@of.test", "pas-le-bon-mot-de-passe", ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().message).toBe("Trop de tentatives : patientez un instant avant de réessayer.");
  });

  it("refuses a deactivated account and an account whose invitation is pending", async () => {
    await createUser(t.database.db, {
      email: "gone@of.test",
      role: "training_staff",
      organisationId,
      active: false,
    });
    const inactive = await login("gone@of.test", TEST_PASSWORD);
    expect(inactive.statusCode).toBe(403);
    expect(inactive.json().message).toContain("désactivé");
    const [pending] = await t.database.db
      .insert(users)
      .values({ email: "pending@of.test", displayName: "Pending", role: "training_staff", organisationId })
      .returning();
    expect((await login("pending@of.test", TEST_PASSWORD)).statusCode).toBe(401);
    expect(pending?.passwordHash).toBeNull();
  });

  it("refuses bad input with a French message", async () => {
    const cases = [
      {},
      { email: "pas-une-adresse", password: "x" },
      { email: "a@b.test" },
      { email: `${"a".repeat(300)}@of.test`, password: "x" },
    ];
    for (const payload of cases) {
      const response = await t.request({
        method: "POST",
        url: "/api/auth/login",
        payload,
        remoteAddress: freshIp(),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/^Données invalides/);
    }
  });
});

describe("CSRF and signing out", () => {
  it("refuses a signed-in mutation without the CSRF token or with a wrong one", async () => {
    const userId = await createUser(t.database.db, {
      email: "csrf@of.test",
      role: "training_manager",
      organisationId,
    });
    const session = await t.sessionFor(userId);
    for (const token of [undefined, "faux-jeton"]) {
      const response = await t.request({
        method: "POST",
        url: "/api/auth/logout",
        headers: { cookie: session.cookie, ...(token ? { "x-csrf-token": token } : {}) },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toContain("CSRF");
    }
    const stillSignedIn = await t.request({ method: "GET", url: "/api/auth/session" }, session);
    expect(stillSignedIn.json().user.id).toBe(userId);
  });

  it("refuses an anonymous mutation coming from another site", async () => {
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "csrf@of.test", password: TEST_PASSWORD },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      remoteAddress: freshIp(),
    });
    expect(response.statusCode).toBe(403);
  });

  it("signs out: the session row is gone and the cookie cleared", async () => {
    const userId = await createUser(t.database.db, {
      email: "bye@of.test",
      role: "training_manager",
      organisationId,
    });
    const session = await t.sessionFor(userId);
    const response = await t.request({ method: "POST", url: "/api/auth/logout" }, session);
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((cookie) => cookie.name === "amorce_session");
    expect(cleared?.value).toBe("");
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(0);
    expect(await auditRows("auth.logout", userId)).toHaveLength(1);
    const after = await t.request({ method: "GET", url: "/api/auth/session" }, session);
    expect(after.json().user).toBeNull();
  });

  it("refuses to sign out someone who is not signed in", async () => {
    const response = await t.request({ method: "POST", url: "/api/auth/logout" });
    expect(response.statusCode).toBe(401);
  });
});

describe("behind TLS", () => {
  it("marks the session cookie Secure when PUBLIC_URL is https", async () => {
    const secure = await createTestApp({
      template: "empty",
      env: { PUBLIC_URL: "https://amorce.example.fr" },
    });
    try {
      const orgId = await createOrganisation(secure.database.db, "OF-TLS", "training_organisation");
      await createUser(secure.database.db, {
        email: "tls@of.test",
        role: "training_staff",
        organisationId: orgId,
      });
      const response = await secure.request({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "tls@of.test", password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      expect(response.cookies.find((cookie) => cookie.name === "amorce_session")?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });
});
