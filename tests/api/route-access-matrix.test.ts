import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount } from "../../src/demo/demo-accounts";
import { ROLES, type Role } from "../../src/domains/accounts/roles";
import { roleMay } from "../../src/domains/authorization/policies";
import type { RouteAccess } from "../../src/server/access";
import { createTestApp, type TestApp } from "../support/test-app";

/**
 * Walks every operation of the OpenAPI document with every role and without a session, and fails
 * on any access the policies do not grant (or any they grant that the route refuses). New routes
 * are covered as soon as they exist.
 */
type Operation = { method: string; path: string; access: RouteAccess };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function operationsOf(document: {
  paths: Record<string, Record<string, { "x-amorce-access"?: RouteAccess }>>;
}) {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const access = operation["x-amorce-access"];
      if (!access) throw new Error(`${method.toUpperCase()} ${path} has no declared access`);
      operations.push({ method: method.toUpperCase(), path, access });
    }
  }
  return operations;
}

/** What the policies say a role may reach, before looking at any particular record. */
function expectedAllowed(access: RouteAccess, role: Role | null): boolean {
  if (access.kind === "public") return true;
  if (role === null) return false;
  if (access.kind === "signed-in") return true;
  return roleMay(role, access.action, access.subject);
}

function concreteUrl(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    /token/i.test(name) ? "jeton-inconnu" : randomUUID(),
  );
}

describe("role × route matrix", () => {
  let t: TestApp;
  let operations: Operation[];
  beforeAll(async () => {
    t = await createTestApp();
    operations = operationsOf((await t.request({ method: "GET", url: "/api/openapi.json" })).json());
  });
  afterAll(() => t.close());

  it("finds the application's routes in the OpenAPI document", () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  for (const role of [null, ...ROLES] as const) {
    it(`gives ${role ?? "a visitor without a session"} exactly the access the policies grant`, async () => {
      const mismatches: string[] = [];
      for (const operation of operations) {
        if (role !== null) expect(demoAccount(role)).toBeDefined();
        const session = role === null ? null : await t.sessionAs(role);
        const hasBody =
          operation.method === "POST" || operation.method === "PUT" || operation.method === "PATCH";
        const response = await t.request(
          {
            method: operation.method as "GET",
            url: concreteUrl(operation.path),
            ...(hasBody ? { payload: {} } : {}),
          },
          session,
        );
        const allowed = expectedAllowed(operation.access, role);
        const refusal = role === null ? 401 : 403;
        const refused = response.statusCode === 401 || response.statusCode === 403;
        if (allowed ? refused : response.statusCode !== refusal) {
          mismatches.push(
            `${operation.method} ${operation.path} → ${response.statusCode} (attendu : ${allowed ? "accès" : refusal})`,
          );
        }
        expect(response.statusCode, `${operation.method} ${operation.path}`).toBeLessThan(500);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
