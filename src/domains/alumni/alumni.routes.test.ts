import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { users } from "../accounts/accounts.tables";
import { createUser } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { notifications } from "../notifications/notifications.tables";
import { pathways } from "../pathways/pathways.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { organisations } from "../territory/territory.tables";
import { ambassadorInvitations } from "./alumni.tables";
import { formerTrainee, informationSessionAt } from "./test-fixtures";
import { becomeAmbassador } from "./use-cases/become-ambassador";

type Ambassador = {
  id: string;
  lastName: string;
  message: string | null;
  sites: string[];
  invitations: unknown[];
};

/** Ambassadors: the former trainee's choice and answers, the training organisation's list and invitations. */
describe("alumni API", () => {
  let t: TestApp;
  let former: TestTrainee;
  let elsewhere: TestTrainee;
  let trainee: SessionHeaders;
  let traineeUserId: string;
  let staff: SessionHeaders;
  let otherStaff: SessionHeaders;
  let upcoming: string;
  let later: string;
  let past: string;
  let otherSession: string;
  const formerEmail = "ancienne.stagiaire@example.test";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    former = await formerTrainee(db, { lastName: "Ambassadrice", email: formerEmail });
    traineeUserId = await linkDemoTrainee(db, former.personId);
    trainee = await t.sessionFor(traineeUserId);
    const otherSite = await siteOf(db, "OF20");
    elsewhere = await formerTrainee(db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
      lastName: "Dailleurs",
    });
    await becomeAmbassador(db, { personId: elsewhere.personId, message: "Ailleurs" });
    staff = await t.sessionAs("training_staff");
    const [of20] = await db.select().from(organisations).where(eq(organisations.code, "OF20"));
    otherStaff = await t.sessionFor(
      await createUser(db, {
        email: "formateur@of20.test",
        role: "training_staff",
        organisationId: of20?.id ?? null,
      }),
    );
    upcoming = await informationSessionAt(db, former.siteId, 10, "Mairie, salle du conseil");
    later = await informationSessionAt(db, former.siteId, 20);
    past = await informationSessionAt(db, former.siteId, -3);
    otherSession = await informationSessionAt(db, otherSite.id, 10);
  });
  afterAll(() => t.close());

  const mine = (session = trainee) => t.request({ method: "GET", url: "/api/me/ambassador" }, session);
  const optIn = (message: string | null = null) =>
    t.request({ method: "PUT", url: "/api/me/ambassador", payload: { message } }, trainee);
  const list = async (session = staff) =>
    (await t.request({ method: "GET", url: "/api/ambassadors" }, session)).json().items as Ambassador[];
  const ambassadorId = async () => {
    const found = (await list()).find((item) => item.lastName === "Ambassadrice");
    if (!found) throw new Error("not listed");
    return found.id;
  };
  const invite = (id: string, informationSessionId: string, session = staff) =>
    t.request(
      { method: "POST", url: `/api/ambassadors/${id}/invitations`, payload: { informationSessionId } },
      session,
    );

  it("offers a former trainee to testify, with the consent they would give", async () => {
    const response = await mine();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ offered: true, ambassador: null, invitations: [] });
    expect(response.json().consentText).toContain("Je peux changer d'avis à tout moment");
  });

  it("does not offer it yet to a current trainee far from their end, nor to an account without a pathway", async () => {
    const db = t.database.db;
    const current = await enterTrainee(db, { entryDate: "2026-11-02", lastName: "Encore" });
    await db.update(pathways).set({ plannedEndDate: "2027-06-30" }).where(eq(pathways.id, current.pathwayId));
    const userId = await createUser(db, {
      email: "encore@example.test",
      role: "trainee",
      organisationId: null,
    });
    await db.update(users).set({ personId: current.personId }).where(eq(users.id, userId));
    expect((await mine(await t.sessionFor(userId))).json().offered).toBe(false);
    const nobody = await createUser(db, {
      email: "sans.parcours@example.test",
      role: "trainee",
      organisationId: null,
    });
    const response = await mine(await t.sessionFor(nobody));
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain("pas de parcours");
  });

  it("records the trainee's yes with their message, and audits it", async () => {
    const response = await optIn("J'ai trouvé un CDI grâce au stage, je veux le dire.");
    expect(response.statusCode).toBe(200);
    expect(response.json().ambassador).toMatchObject({
      message: "J'ai trouvé un CDI grâce au stage, je veux le dire.",
      withdrawnAt: null,
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ambassador.opt_in"), eq(auditEvents.actorUserId, traineeUserId)));
    expect(audit).toHaveLength(1);
  });

  it("lists them to the organisation that ran their site, not another's ambassadors, and audits the read", async () => {
    const items = await list();
    const found = items.find((item) => item.lastName === "Ambassadrice");
    expect(found).toMatchObject({
      message: "J'ai trouvé un CDI grâce au stage, je veux le dire.",
      invitations: [],
    });
    expect(found?.sites).toHaveLength(1);
    expect(items.some((item) => item.lastName === "Dailleurs")).toBe(false);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "ambassador.list"));
    expect(audit.length).toBeGreaterThan(0);
  });

  it("offers the organisation's information sessions still to come only", async () => {
    const response = await t.request({ method: "GET", url: "/api/ambassadors/information-sessions" }, staff);
    const ids = response.json().items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([upcoming, later]));
    expect(ids).not.toContain(past);
    expect(ids).not.toContain(otherSession);
  });

  it("invites them once, by e-mail with date and place and in their space; a second time is a 409", async () => {
    const id = await ambassadorId();
    const response = await invite(id, upcoming);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ emailed: true, notified: true });
    const [email] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, formerEmail));
    expect(email?.subject).toContain("Invitation à témoigner");
    expect(email?.bodyText).toContain("Mairie, salle du conseil");
    expect(email?.bodyText).toContain("ouvrez votre espace Amorce");
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, traineeUserId));
    expect(notes.some((note) => note.message.startsWith("Vous êtes invité·e à témoigner"))).toBe(true);
    const again = await invite(id, upcoming);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe("Cette personne est déjà invitée à cette information collective.");
    const rows = await t.database.db
      .select()
      .from(ambassadorInvitations)
      .where(eq(ambassadorInvitations.informationSessionId, upcoming));
    expect(rows).toHaveLength(1);
  });

  it("refuses a session already held, and another organisation's session as unknown", async () => {
    const id = await ambassadorId();
    const held = await invite(id, past);
    expect(held.statusCode).toBe(409);
    expect(held.json().message).toContain("a déjà eu lieu");
    const foreign = await invite(id, otherSession);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().message).toBe("Information collective introuvable.");
  });

  it("lets the trainee answer « J'accepte », and the organisation sees the answer and the count", async () => {
    const invitation = (await mine()).json().invitations[0];
    expect(invitation).toMatchObject({
      response: null,
      upcoming: true,
      informationSession: { id: upcoming },
    });
    const response = await t.request(
      {
        method: "PUT",
        url: `/api/me/ambassador/invitations/${invitation.id}`,
        payload: { response: "accepted" },
      },
      trainee,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().invitations[0].response).toBe("accepted");
    const found = (await list()).find((item) => item.lastName === "Ambassadrice");
    expect(found?.invitations).toMatchObject([{ response: "accepted" }]);
    const sessions = (
      await t.request({ method: "GET", url: "/api/ambassadors/information-sessions" }, staff)
    ).json();
    expect(sessions.items.find((item: { id: string }) => item.id === upcoming)).toMatchObject({
      invited: 1,
      accepted: 1,
    });
  });

  it("keeps them out of another training organisation's reach: not listed, not invitable", async () => {
    const id = await ambassadorId();
    expect((await list(otherStaff)).some((item) => item.lastName === "Ambassadrice")).toBe(false);
    expect((await invite(id, upcoming, otherStaff)).statusCode).toBe(404);
    expect((await invite(id, otherSession, otherStaff)).statusCode).toBe(404);
    const theirs = (await list(otherStaff)).find((item) => item.lastName === "Dailleurs");
    expect(theirs?.message).toBe("Ailleurs");
  });

  it("on withdrawal, hides them, declines what they had not answered, and never invites them again", async () => {
    const id = await ambassadorId();
    expect((await invite(id, later)).statusCode).toBe(201);
    const response = await t.request({ method: "DELETE", url: "/api/me/ambassador" }, trainee);
    expect(response.statusCode).toBe(200);
    expect(response.json().ambassador.withdrawnAt).not.toBeNull();
    const answers = Object.fromEntries(
      response
        .json()
        .invitations.map((item: { informationSession: { id: string }; response: string }) => [
          item.informationSession.id,
          item.response,
        ]),
    );
    expect(answers).toEqual({ [upcoming]: "accepted", [later]: "declined" });
    expect((await list()).some((item) => item.lastName === "Ambassadrice")).toBe(false);
    const another = await informationSessionAt(t.database.db, former.siteId, 30);
    const refused = await invite(id, another);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      "Cette personne ne souhaite plus témoigner : elle ne peut pas être invitée.",
    );
  });

  it("lists them again once they opt in anew", async () => {
    expect((await optIn(null)).json().ambassador.withdrawnAt).toBeNull();
    expect((await list()).some((item) => item.lastName === "Ambassadrice")).toBe(true);
  });

  it("lets a site cancel a session with invitations: they go with it, and the ambassador is told", async () => {
    const sessionId = await informationSessionAt(t.database.db, former.siteId, 40);
    expect((await invite(await ambassadorId(), sessionId)).statusCode).toBe(201);
    const cancelled = await t.request(
      { method: "DELETE", url: `/api/sites/${former.siteId}/information-sessions/${sessionId}` },
      staff,
    );
    expect(cancelled.statusCode).toBe(204);
    const left = await t.database.db
      .select()
      .from(ambassadorInvitations)
      .where(eq(ambassadorInvitations.informationSessionId, sessionId));
    expect(left).toEqual([]);
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, traineeUserId));
    expect(
      notes.some((note) => note.message.endsWith("est annulée : vous n'avez pas besoin de venir.")),
    ).toBe(true);
  });

  it("refuses a staff member or a prescriber the trainee's side, and a trainee the organisation's", async () => {
    expect((await mine(staff)).statusCode).toBe(403);
    const advisor = await t.sessionAs("prescriber_advisor");
    expect((await t.request({ method: "GET", url: "/api/ambassadors" }, advisor)).statusCode).toBe(403);
    expect((await t.request({ method: "GET", url: "/api/ambassadors" }, trainee)).statusCode).toBe(403);
  });
});
