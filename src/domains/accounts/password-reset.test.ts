import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { sessions, userTokens } from "./accounts.tables";
import { createOrganisation, createUser, lastEmailTo, TEST_PASSWORD } from "./test-fixtures";

let t: TestApp;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  organisationId = await createOrganisation(t.database.db, "FT-RESET", "prescriber");
});
afterAll(() => t.close());

let requests = 0;
/** From a new address each time: the per-address rate limit (5 a minute) is not what is tested here. */
const requestReset = (email: string) =>
  t.request({
    method: "POST",
    url: "/api/auth/password-reset/request",
    payload: { email },
    remoteAddress: `10.1.0.${++requests}`,
  });
const confirmReset = (token: string, password: string) =>
  t.request({ method: "POST", url: "/api/auth/password-reset/confirm", payload: { token, password } });
const login = (email: string, password: string) =>
  t.request({ method: "POST", url: "/api/auth/login", payload: { email, password } });

describe("password reset", () => {
  it("e-mails a one-hour link, sets the new password, closes every session, and the link serves once", async () => {
    const userId = await createUser(t.database.db, {
      email: "nadia@ft.test",
      role: "prescriber_advisor",
      organisationId,
    });
    const otherSession = await t.sessionFor(userId);

    expect((await requestReset("Nadia@FT.test")).statusCode).toBe(202);
    const email = await lastEmailTo(t.database.db, "nadia@ft.test");
    expect(email?.subject).toBe("Réinitialisation de votre mot de passe Amorce");
    expect(email?.bodyText).toContain("http://127.0.0.1:3000/reinitialiser-mot-de-passe?jeton=");
    expect(email?.bodyText).toContain("valable 1 heure");
    expect(email?.bodyText).toContain("L'équipe Amorce — Région Nouvelle-Aquitaine");
    const token = email?.token ?? "";
    const [stored] = await t.database.db.select().from(userTokens).where(eq(userTokens.userId, userId));
    expect(stored?.tokenHash).not.toBe(token);
    const lifetime = (stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 60 * 60 * 1000)).toBeLessThan(5000);

    expect((await confirmReset(token, "nouveau-mot-de-passe")).statusCode).toBe(204);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(0);
    const after = await t.request({ method: "GET", url: "/api/auth/session" }, otherSession);
    expect(after.json().user).toBeNull();
    expect((await login("nadia@ft.test", TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login("nadia@ft.test", "nouveau-mot-de-passe")).statusCode).toBe(200);

    const reused = await confirmReset(token, "encore-un-autre-mot-de-passe");
    expect(reused.statusCode).toBe(400);
    expect(reused.json().message).toContain("déjà servi");
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, userId), eq(auditEvents.action, "auth.password_reset")));
    expect(audit).toHaveLength(1);
  });

  it("answers 202 for an unknown or deactivated address, and sends nothing", async () => {
    await createUser(t.database.db, {
      email: "off@ft.test",
      role: "prescriber_advisor",
      organisationId,
      active: false,
    });
    const before = await t.database.db.select().from(outboxEmails);
    expect((await requestReset("nobody@ft.test")).statusCode).toBe(202);
    expect((await requestReset("off@ft.test")).statusCode).toBe(202);
    expect(await t.database.db.select().from(outboxEmails)).toHaveLength(before.length);
  });

  it("refuses an expired link, an unknown one, and a link replaced by a newer one", async () => {
    const userId = await createUser(t.database.db, {
      email: "late@ft.test",
      role: "prescriber_advisor",
      organisationId,
    });
    await requestReset("late@ft.test");
    const first = (await lastEmailTo(t.database.db, "late@ft.test"))?.token ?? "";
    await t.database.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, userId));
    const expired = await confirmReset(first, "nouveau-mot-de-passe");
    expect(expired.statusCode).toBe(400);
    expect(expired.json().message).toContain("a expiré");

    expect((await confirmReset("inconnu", "nouveau-mot-de-passe")).json().message).toContain(
      "n'est pas valable",
    );

    await requestReset("late@ft.test");
    const second = (await lastEmailTo(t.database.db, "late@ft.test"))?.token ?? "";
    await requestReset("late@ft.test");
    expect((await confirmReset(second, "nouveau-mot-de-passe")).statusCode).toBe(400);
  });

  it("limits reset requests to 5 a minute per address", async () => {
    const send = () =>
      t.request({
        method: "POST",
        url: "/api/auth/password-reset/request",
        payload: { email: "nobody@ft.test" },
        remoteAddress: "10.2.0.1",
      });
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await send()).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("enforces the password policy and writes nothing", async () => {
    await createUser(t.database.db, { email: "short@ft.test", role: "prescriber_advisor", organisationId });
    await requestReset("short@ft.test");
    const token = (await lastEmailTo(t.database.db, "short@ft.test"))?.token ?? "";
    const response = await confirmReset(token, "trop-court");
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("au moins 12 caractères");
    expect((await confirmReset(token, "assez-long-maintenant")).statusCode).toBe(204);
  });
});
