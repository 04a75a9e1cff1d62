import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/database";
import { DEMO_PASSWORD, demoAccount } from "../../src/demo/demo-accounts";
import { buildApp } from "../../src/server/app";
import { createTestDatabase } from "../support/test-database";

describe("logs", () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase("demo");
    app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: "info" }), logStream: stream });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("are structured lines without personal data", async () => {
    const email = demoAccount("region_admin").email;
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD },
      remoteAddress: "203.0.113.7",
    });
    expect(login.statusCode).toBe(200);
    await app.inject({
      method: "GET",
      url: `/api/communes?q=Bordeaux&email=${email}`,
      remoteAddress: "203.0.113.7",
    });
    await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: "wrong-password-123" },
      remoteAddress: "203.0.113.7",
    });

    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const entry = JSON.parse(line);
      expect(entry.level).toBeTypeOf("number");
      expect(line).not.toContain(email);
      expect(line).not.toContain("203.0.113.7");
      expect(line).not.toContain(DEMO_PASSWORD);
      expect(line).not.toContain("Bordeaux");
    }
    const requestLine = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.route === "/api/auth/login");
    expect(requestLine).toMatchObject({ method: "POST", status: 200 });
  });
});
