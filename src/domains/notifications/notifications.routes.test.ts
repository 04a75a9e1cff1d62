import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionHeaders } from "../../../tests/support/test-app";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { users } from "../accounts/accounts.tables";
import { createOrganisation, createUser } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { NOTIFICATIONS_PAGE_SIZE } from "./notifications.schemas";
import { notifications } from "./notifications.tables";

let t: TestApp;
let alice: { id: string; session: SessionHeaders };
let bruno: { id: string; session: SessionHeaders };

async function person(email: string, organisationId: string) {
  const id = await createUser(t.database.db, { email, role: "prescriber_advisor", organisationId });
  return { id, session: await t.sessionFor(id) };
}

/** Notifications for `userId`, one minute apart, the last one newest. */
async function notify(userId: string, messages: string[]) {
  const rows = await t.database.db
    .insert(notifications)
    .values(
      messages.map((message, index) => ({
        userId,
        message,
        link: `/prescriptions/${index}`,
        createdAt: new Date(Date.UTC(2026, 0, 15, 9, index)),
      })),
    )
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}

const list = (session: SessionHeaders, page?: number) =>
  t.request({ method: "GET", url: `/api/notifications${page ? `?page=${page}` : ""}` }, session);

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  const organisationId = await createOrganisation(t.database.db, "PRESC-1", "prescriber");
  alice = await person("alice@presc.test", organisationId);
  bruno = await person("bruno@presc.test", organisationId);
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.database.db.delete(notifications);
});

describe("my notifications", () => {
  it("lists mine only, newest first, with how many are unread", async () => {
    await notify(alice.id, ["Première.", "Deuxième.", "Troisième."]);
    await notify(bruno.id, ["Pour Bruno."]);

    const response = await list(alice.session);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: NOTIFICATIONS_PAGE_SIZE, unreadCount: 3 });
    expect(body.items.map((item: { message: string }) => item.message)).toEqual([
      "Troisième.",
      "Deuxième.",
      "Première.",
    ]);
    expect(body.items[0]).toMatchObject({
      link: "/prescriptions/2",
      createdAt: "2026-01-15T09:02:00.000Z",
      readAt: null,
    });
    expect(JSON.stringify(body)).not.toContain("Pour Bruno.");
  });

  it("pages the list", async () => {
    await notify(
      alice.id,
      Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 2 }, (_, index) => `Numéro ${index}.`),
    );
    const second = (await list(alice.session, 2)).json();
    expect(second).toMatchObject({ total: NOTIFICATIONS_PAGE_SIZE + 2, page: 2 });
    expect(second.items.map((item: { message: string }) => item.message)).toEqual(["Numéro 1.", "Numéro 0."]);
  });

  it("marks one of mine read, once; another's is not found and stays unread", async () => {
    const [mine] = await notify(alice.id, ["Pour Alice."]);
    const [theirs] = await notify(bruno.id, ["Pour Bruno."]);

    const read = await t.request({ method: "POST", url: `/api/notifications/${mine}/read` }, alice.session);
    expect(read.statusCode).toBe(204);
    const firstReadAt = (await list(alice.session)).json().items[0].readAt;
    expect(firstReadAt).not.toBeNull();
    await t.request({ method: "POST", url: `/api/notifications/${mine}/read` }, alice.session);
    expect((await list(alice.session)).json()).toMatchObject({
      unreadCount: 0,
      items: [{ readAt: firstReadAt }],
    });

    const refused = await t.request(
      { method: "POST", url: `/api/notifications/${theirs}/read` },
      alice.session,
    );
    expect(refused.statusCode).toBe(404);
    expect(refused.json().message).toBe("Notification introuvable.");
    expect((await list(bruno.session)).json()).toMatchObject({ unreadCount: 1, items: [{ readAt: null }] });
  });

  it("marks all mine read, and nobody else's", async () => {
    await notify(alice.id, ["Une.", "Deux."]);
    await notify(bruno.id, ["Pour Bruno."]);
    const response = await t.request({ method: "POST", url: "/api/notifications/read-all" }, alice.session);
    expect(response.statusCode).toBe(204);
    expect((await list(alice.session)).json().unreadCount).toBe(0);
    expect((await list(bruno.session)).json().unreadCount).toBe(1);
  });

  it("answers bad input with a French 400", async () => {
    const badId = await t.request({ method: "POST", url: "/api/notifications/abc/read" }, alice.session);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().message).toContain("Identifiant de notification invalide.");
    const badPage = await list(alice.session, -1);
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().message).toContain("Numéro de page invalide.");
  });

  it("is closed without a session", async () => {
    expect((await t.request({ method: "GET", url: "/api/notifications" })).statusCode).toBe(401);
    expect((await t.request({ method: "GET", url: "/api/me/preferences" })).statusCode).toBe(401);
  });
});

describe("my preferences", () => {
  it("reads and changes my own e-mail frequency only, audited without personal data", async () => {
    const initial = await t.request({ method: "GET", url: "/api/me/preferences" }, alice.session);
    expect(initial.json()).toEqual({ notificationFrequency: "immediate", digestHour: 17 });

    const changed = await t.request(
      { method: "PUT", url: "/api/me/preferences", payload: { notificationFrequency: "daily_digest" } },
      alice.session,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ notificationFrequency: "daily_digest", digestHour: 17 });
    expect((await t.request({ method: "GET", url: "/api/me/preferences" }, alice.session)).json()).toEqual({
      notificationFrequency: "daily_digest",
      digestHour: 17,
    });
    const [brunoRow] = await t.database.db.select().from(users).where(eq(users.id, bruno.id));
    expect(brunoRow?.notificationFrequency).toBe("immediate");

    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "preferences.update"), eq(auditEvents.recordId, alice.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: alice.id,
      recordType: "user",
      details: { notificationFrequency: "daily_digest" },
    });
  });

  it("refuses an unknown frequency with a French 400", async () => {
    const response = await t.request(
      { method: "PUT", url: "/api/me/preferences", payload: { notificationFrequency: "weekly" } },
      alice.session,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(
      "Choisissez « à chaque changement » ou « un récapitulatif par jour ».",
    );
  });
});
