import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount } from "../../src/demo/demo-accounts";
import { PROFESSIONAL_ROLES, ROLES, type Role } from "../../src/domains/accounts/roles";
import { createOrganisation, createUser } from "../../src/domains/accounts/test-fixtures";
import { createTestApp, type TestApp } from "../support/test-app";

/**
 * For every role: the people of another organisation stay invisible. A training organisation and a
 * prescriber organisation that no demo account belongs to each get a person who signs in (leaving an
 * audit row); then each demo account tries every way there is to read or touch them.
 */
describe("another organisation's people", () => {
  let t: TestApp;
  const outsiders: { id: string; email: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    for (const [code, kind, role] of [
      ["OF-AUTRE", "training_organisation", "training_staff"],
      ["PRESC-AUTRE", "prescriber", "prescriber_advisor"],
    ] as const) {
      const organisationId = await createOrganisation(db, code, kind);
      const email = `personne.${code.toLowerCase()}@autre.test`;
      const id = await createUser(db, { email, role, organisationId });
      outsiders.push({ id, email });
      const session = await t.sessionFor(id);
      await t.request({ method: "POST", url: "/api/auth/logout" }, session);
    }
  });
  afterAll(() => t.close());

  const mentionsOutsiders = (body: string) =>
    outsiders.some((outsider) => body.includes(outsider.id) || body.includes(outsider.email));

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const url of [
        "/api/users",
        "/api/users?q=autre",
        "/api/audit-events?pageSize=200",
        "/api/outbox",
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([200, 403]).toContain(response.statusCode);
        expect(mentionsOutsiders(response.body), `${role} GET ${url}`).toBe(false);
      }
      for (const outsider of outsiders) {
        for (const action of ["deactivate", "reactivate", "invitation"]) {
          const response = await t.request(
            { method: "POST", url: `/api/users/${outsider.id}/${action}` },
            session,
          );
          expect([403, 404], `${role} POST ${action}`).toContain(response.statusCode);
        }
      }
    });
  }

  it("are seen by the Region's administrator, who oversees every organisation", async () => {
    const session = await t.sessionAs("region_admin");
    const response = await t.request({ method: "GET", url: "/api/users?q=autre" }, session);
    expect(
      response
        .json()
        .items.map((user: { email: string }) => user.email)
        .sort(),
    ).toEqual(outsiders.map((outsider) => outsider.email).sort());
  });

  it("leave the demo accounts' own organisations visible to their admins", async () => {
    for (const role of PROFESSIONAL_ROLES.filter(
      (candidate) => candidate.endsWith("_manager") || candidate === "prescriber_admin",
    )) {
      const response = await t.request({ method: "GET", url: "/api/users" }, await t.sessionAs(role));
      expect(response.json().items.map((user: { email: string }) => user.email)).toContain(
        demoAccount(role).email,
      );
    }
  });
});
