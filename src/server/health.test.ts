import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/test-app";

describe("operations", () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-web-"));
    fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Amorce</title>");
    t = await createTestApp({ template: "empty", webRoot });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it("answers /api/health after checking the database", async () => {
    const response = await t.request({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: t.database.engine });
  });

  it("publishes the OpenAPI 3.1 document with each route's access", async () => {
    const response = await t.request({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/health"].get["x-amorce-access"]).toEqual({ kind: "public" });
  });

  it("answers unknown addresses with a French 404", async () => {
    const response = await t.request({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe("Cette adresse n'existe pas.");
  });

  it("serves the web interface's pages, not its 404, for addresses outside /api", async () => {
    const response = await t.request({ method: "GET", url: "/territoire/lots" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
  });

  it("sends security headers", async () => {
    const response = await t.request({ method: "GET", url: "/api/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });
});
