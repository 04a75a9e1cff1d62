import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../demo/demo-accounts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ template: "demo" });
});
afterAll(() => t.close());

describe("demo accounts", () => {
  it.each(DEMO_ACCOUNTS)("$role signs in with the demo password", async (account) => {
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: account.email, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ email: account.email, role: account.role });
    expect(response.json().user.organisation?.code ?? null).toBe(account.organisationCode);
  });

  it("lets the training organisation's manager administer their own organisation only", async () => {
    const response = await t.request(
      { method: "GET", url: "/api/users" },
      await t.sessionAs("training_manager"),
    );
    const codes = new Set(
      response.json().items.map((user: { organisation: { code: string } }) => user.organisation.code),
    );
    expect([...codes]).toEqual(["OF01"]);
  });

  it("lets the Region's admin read the outbox; the prescriber admin may not", async () => {
    expect(
      (await t.request({ method: "GET", url: "/api/outbox" }, await t.sessionAs("region_admin"))).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: "GET", url: "/api/outbox" }, await t.sessionAs("prescriber_admin")))
        .statusCode,
    ).toBe(403);
  });
});
