import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { createOrganisation, createUser, regionId } from "../accounts/test-fixtures";
import { queueEmail } from "./queue-email";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
});
afterAll(() => t.close());

describe("outbox", () => {
  it("shows the Region's admins the e-mails, newest first", async () => {
    const db = t.database.db;
    const admin = await t.sessionFor(
      await createUser(db, {
        email: "admin@region.test",
        role: "region_admin",
        organisationId: await regionId(db),
      }),
    );
    await queueEmail(db, { to: "un@exemple.test", subject: "Premier", text: "Bonjour" });
    await queueEmail(db, { to: "deux@exemple.test", subject: "Second", text: "Bonjour encore" });
    const response = await t.request({ method: "GET", url: "/api/outbox" }, admin);
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((item: { subject: string }) => item.subject)).toEqual(["Second", "Premier"]);
    expect(items[1]).toMatchObject({ toAddress: "un@exemple.test", bodyText: "Bonjour", sentAt: null });
  });

  it("is closed to everyone else", async () => {
    const db = t.database.db;
    const manager = await t.sessionFor(
      await createUser(db, {
        email: "manager@of.test",
        role: "training_manager",
        organisationId: await createOrganisation(db, "OF-1", "training_organisation"),
      }),
    );
    expect((await t.request({ method: "GET", url: "/api/outbox" }, manager)).statusCode).toBe(403);
    expect((await t.request({ method: "GET", url: "/api/outbox" })).statusCode).toBe(401);
  });
});
