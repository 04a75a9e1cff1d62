import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { publicAccess } from "../../src/server/access";
import { buildApp } from "../../src/server/app";
import { createTestDatabase } from "../support/test-database";

describe("shutting down", () => {
  it("finishes the requests in flight, then refuses new ones", async () => {
    const database = await createTestDatabase("empty");
    const app = await buildApp({
      database,
      config: loadConfig({ LOG_LEVEL: "silent" }),
      webRoot: "/nonexistent",
    });
    app.get("/api/slow-for-test", { config: { access: publicAccess } }, async () => {
      await sleep(400);
      return { finished: true };
    });
    const address = await app.listen({ port: 0, host: "127.0.0.1" });

    const inFlight = fetch(`${address}/api/slow-for-test`);
    await sleep(100);
    const closing = app.close();
    await sleep(50);
    const late = await fetch(`${address}/api/health`).then(
      (response) => response.status,
      () => "refused",
    );

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    expect(late === 503 || late === "refused").toBe(true);
    await closing;
    await database.close();
  });
});
