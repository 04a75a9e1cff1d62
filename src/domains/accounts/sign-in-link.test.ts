import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { enterTrainee, siteOf } from "../pathways/test-fixtures";
import { users, userTokens } from "./accounts.tables";
import type { Role } from "./roles";
import { lastEmailTo } from "./test-fixtures";

/** Trainees have no password: their training organisation opens their space, then they sign in by link. */
describe("trainee access and sign-in links", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const giveAccess = async (pathwayId: string, role: Role = "training_staff") =>
    t.request({ method: "POST", url: `/api/pathways/${pathwayId}/trainee-access` }, await t.sessionAs(role));
  let requests = 0;
  /** From a new address each time: the per-address rate limit is not what is tested here. */
  const requestLink = (email: string) =>
    t.request({
      method: "POST",
      url: "/api/auth/sign-in-link",
      payload: { email },
      remoteAddress: `10.2.0.${++requests}`,
    });
  const consume = (token: string) =>
    t.request({ method: "POST", url: "/api/auth/sign-in-link/consume", payload: { token } });
  const outboxSize = async () => (await t.database.db.select().from(outboxEmails)).length;

  it("opens the trainee's account once, without a password, and e-mails a link each time", async () => {
    const trainee = await enterTrainee(t.database.db, { firstName: "Inès", lastName: "Lien" });
    const first = await giveAccess(trainee.pathwayId);
    expect(first.statusCode).toBe(200);
    const email = first.json().email as string;
    expect(first.json()).toEqual({ email, created: true });
    const [account] = await t.database.db.select().from(users).where(eq(users.personId, trainee.personId));
    expect(account).toMatchObject({ role: "trainee", email, displayName: "Inès Lien", passwordHash: null });
    const sent = await lastEmailTo(t.database.db, email);
    expect(sent?.subject).toBe("Votre espace Amorce est ouvert");
    expect(sent?.bodyText).toContain("http://127.0.0.1:3000/connexion-par-lien?jeton=");
    expect(sent?.bodyText).toContain("valable 30 minutes");

    await t.database.db
      .update(users)
      .set({ active: false })
      .where(eq(users.id, account?.id ?? ""));
    const again = await giveAccess(trainee.pathwayId);
    expect(again.json()).toEqual({ email, created: false });
    const accounts = await t.database.db.select().from(users).where(eq(users.personId, trainee.personId));
    expect(accounts).toEqual([expect.objectContaining({ id: account?.id, active: true })]);
    // The first link was replaced by the second.
    expect((await consume(sent?.token ?? "")).statusCode).toBe(400);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "pathway.trainee_access"), eq(auditEvents.recordId, trainee.pathwayId)),
      );
    expect(audited).toHaveLength(2);
  });

  it("asks for the person's e-mail first, and refuses an address that is another account's", async () => {
    const noEmail = await enterTrainee(t.database.db, { email: null });
    const response = await giveAccess(noEmail.pathwayId);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe("Ajoutez d'abord l'adresse e-mail de la personne.");
    const taken = await enterTrainee(t.database.db, { email: demoAccount("training_staff").email });
    const conflict = await giveAccess(taken.pathwayId);
    expect(conflict.statusCode).toBe(409);
  });

  it("lets only the receiving training organisation give access", async () => {
    const ours = await enterTrainee(t.database.db);
    expect((await giveAccess(ours.pathwayId, "prescriber_advisor")).statusCode).toBe(403);
    const elsewhere = await enterTrainee(t.database.db, {
      siteId: (await siteOf(t.database.db, "OF20")).id,
      prescriberCode: "ML87",
      referentEmail: null,
    });
    expect((await giveAccess(elsewhere.pathwayId)).statusCode).toBe(404);
  });

  it("signs the trainee in by the e-mailed link, once, and the session works", async () => {
    const trainee = await enterTrainee(t.database.db);
    const email = (await giveAccess(trainee.pathwayId)).json().email as string;
    expect((await requestLink(email.toUpperCase())).statusCode).toBe(202);
    const sent = await lastEmailTo(t.database.db, email);
    expect(sent?.subject).toBe("Votre lien de connexion à Amorce");
    const signedIn = await consume(sent?.token ?? "");
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ email, role: "trainee" });
    const cookie = signedIn.cookies.find((item) => item.name === "amorce_session");
    expect(cookie?.httpOnly).toBe(true);
    const session = { cookie: `amorce_session=${cookie?.value}`, "x-csrf-token": signedIn.json().csrfToken };
    const mine = await t.request({ method: "GET", url: "/api/pathways" }, session);
    expect(mine.json().items.map((item: { id: string }) => item.id)).toEqual([trainee.pathwayId]);

    const reused = await consume(sent?.token ?? "");
    expect(reused.statusCode).toBe(400);
    expect(reused.json().message).toBe("Ce lien de connexion a déjà servi. Demandez-en un nouveau.");
    const logins = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.login"), eq(auditEvents.actorEmail, email)));
    expect(logins.map((event) => [event.outcome, event.details])).toContainEqual([
      "success",
      { method: "link" },
    ]);
  });

  it("refuses an expired link in French", async () => {
    const trainee = await enterTrainee(t.database.db);
    const email = (await giveAccess(trainee.pathwayId)).json().email as string;
    const sent = await lastEmailTo(t.database.db, email);
    const [account] = await t.database.db.select().from(users).where(eq(users.email, email));
    await t.database.db
      .update(userTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userTokens.userId, account?.id ?? ""));
    const response = await consume(sent?.token ?? "");
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("a expiré (il était valable 30 minutes)");
    expect((await consume("pas-un-jeton")).json().message).toContain("n'est pas valable");
  });

  it("answers the same for an unknown address and a professional's, and sends them nothing", async () => {
    const before = await outboxSize();
    const unknown = await requestLink("personne@nulle-part.test");
    const professional = await requestLink(demoAccount("training_staff").email);
    expect([unknown.statusCode, professional.statusCode]).toEqual([202, 202]);
    expect(professional.body).toBe(unknown.body);
    expect(await outboxSize()).toBe(before);
  });
});
