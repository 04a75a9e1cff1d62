import { describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/support/test-app";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

describe("GET /api/demo", () => {
  it("lists the demo accounts when the demo is loaded, to anyone", async () => {
    const t = await createTestApp({ template: "demo" });
    const response = await t.request({ method: "GET", url: "/api/demo" });
    expect(response.statusCode).toBe(200);
    expect(response.json().password).toBe(DEMO_PASSWORD);
    expect(response.json().accounts).toHaveLength(DEMO_ACCOUNTS.length);
    await t.close();
  });

  it("answers 404 in French on a database without the demo", async () => {
    const t = await createTestApp({ template: "empty" });
    const response = await t.request({ method: "GET", url: "/api/demo" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toContain("démonstration");
    await t.close();
  });
});
