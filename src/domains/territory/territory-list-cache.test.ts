import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";

describe("cached territory lists", () => {
  let t: TestApp;
  let admin: SessionHeaders;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.sessionAs("region_admin");
  });
  afterAll(() => t.close());

  const sites = async () =>
    (await t.request({ method: "GET", url: "/api/sites" }, admin)).json().items as {
      id: string;
      capacity: number;
      code: string;
    }[];

  it("serves the same JSON as the database, and sees a change at once", async () => {
    const first = await t.request({ method: "GET", url: "/api/sites" }, admin);
    expect(first.headers["content-type"]).toContain("application/json");
    const [site] = first.json().items;
    const again = await t.request({ method: "GET", url: "/api/sites" }, admin);
    expect(again.body).toBe(first.body);

    const detail = (await t.request({ method: "GET", url: `/api/sites/${site.id}` }, admin)).json();
    const { id, organisation, lot, commune, longitude, latitude, ...fields } = detail;
    const saved = await t.request(
      {
        method: "PUT",
        url: `/api/sites/${id}`,
        payload: {
          ...fields,
          organisationId: organisation.id,
          lotId: lot.id,
          communeCode: commune.code,
          capacity: detail.capacity + 3,
        },
      },
      admin,
    );
    expect(saved.statusCode).toBe(200);
    expect((await sites()).find((candidate) => candidate.id === id)?.capacity).toBe(detail.capacity + 3);
  });

  it("sees a change written straight into the database, as another process would", async () => {
    const before = await sites();
    await t.database.db.execute("update sites set capacity = capacity + 1");
    const after = await sites();
    expect(after.map((site) => site.capacity)).toEqual(before.map((site) => site.capacity + 1));
  });

  it("answers filtered lists from the database", async () => {
    const [site] = await sites();
    const response = await t.request({ method: "GET", url: `/api/sites?lotId=${site?.id}` }, admin);
    expect(response.json().items).toEqual([]);
  });
});
