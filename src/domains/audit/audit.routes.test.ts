import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { createOrganisation, createUser, regionId } from "../accounts/test-fixtures";
import { auditEvents } from "./audit.tables";

let t: TestApp;
let ofA: string;
let regionAdmin: SessionHeaders;
let managerA: SessionHeaders;
let staffA: SessionHeaders;

beforeAll(async () => {
  t = await createTestApp({ template: "empty" });
  const db = t.database.db;
  ofA = await createOrganisation(db, "OF-A", "training_organisation");
  const ofB = await createOrganisation(db, "OF-B", "training_organisation");
  regionAdmin = await t.sessionFor(
    await createUser(db, {
      email: "admin@region.test",
      role: "region_admin",
      organisationId: await regionId(db),
    }),
  );
  managerA = await t.sessionFor(
    await createUser(db, { email: "manager@a.test", role: "training_manager", organisationId: ofA }),
  );
  staffA = await t.sessionFor(
    await createUser(db, { email: "staff@a.test", role: "training_staff", organisationId: ofA }),
  );
  const actor = (organisationId: string, email: string) => ({
    actorOrganisationId: organisationId,
    actorEmail: email,
  });
  await db.insert(auditEvents).values([
    { ...actor(ofA, "manager@a.test"), action: "user.invite", at: new Date("2026-01-10T10:00:00Z") },
    { ...actor(ofA, "staff@a.test"), action: "territory.update", at: new Date("2026-01-11T10:00:00Z") },
    { ...actor(ofB, "other@b.test"), action: "user.invite", at: new Date("2026-01-12T10:00:00Z") },
    {
      actorEmail: "intrus@x.test",
      action: "auth.login",
      outcome: "failure",
      at: new Date("2026-01-13T10:00:00Z"),
    },
  ]);
});
afterAll(() => t.close());

const browse = (session: SessionHeaders, query = "") =>
  t.request({ method: "GET", url: `/api/audit-events${query}` }, session);

describe("audit log", () => {
  it("shows the Region's admins everything, newest first, paged and filtered", async () => {
    const all = (await browse(regionAdmin, "?to=2026-02-01")).json();
    expect(all.items.map((event: { actorEmail: string }) => event.actorEmail)).toEqual([
      "intrus@x.test",
      "other@b.test",
      "staff@a.test",
      "manager@a.test",
    ]);
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    const page = (await browse(regionAdmin, "?to=2026-02-01&page=2&pageSize=3")).json();
    expect(page.items.map((event: { actorEmail: string }) => event.actorEmail)).toEqual(["manager@a.test"]);
    expect(page.total).toBe(4);
    const invites = (await browse(regionAdmin, "?action=user.invite&from=2026-01-11")).json();
    expect(invites.items.map((event: { actorEmail: string }) => event.actorEmail)).toEqual(["other@b.test"]);
    const failures = (await browse(regionAdmin, "?outcome=failure&actorEmail=INTRUS@x.test")).json();
    expect(failures.total).toBe(1);
    expect(failures.items[0]).toMatchObject({ action: "auth.login", at: "2026-01-13T10:00:00.000Z" });
  });

  it("shows an organisation admin only what their organisation's people did", async () => {
    const own = (await browse(managerA, "?to=2026-02-01")).json();
    expect(own.items.map((event: { actorEmail: string }) => event.actorEmail)).toEqual([
      "staff@a.test",
      "manager@a.test",
    ]);
    const asked = (await browse(managerA, "?actorEmail=other@b.test")).json();
    expect(asked.total).toBe(0);
  });

  it("refuses staff, anonymous callers and bad filters", async () => {
    expect((await browse(staffA)).statusCode).toBe(403);
    expect((await t.request({ method: "GET", url: "/api/audit-events" })).statusCode).toBe(401);
    for (const query of ["?pageSize=1000", "?page=0", "?from=pas-une-date", "?outcome=peut-etre"]) {
      const response = await browse(regionAdmin, query);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/^Données invalides/);
    }
  });
});
