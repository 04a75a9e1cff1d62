import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { PROFESSIONAL_ROLES, type Role } from "../accounts/roles";
import { auditEvents } from "../audit/audit.tables";
import { basins, type lots, organisations, type sites } from "./territory.tables";

describe("territory API", () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp["sessionAs"]>>;
  beforeAll(async () => {
    t = await createTestApp({ template: "demo" });
    admin = await t.sessionAs("region_admin");
  });
  afterAll(() => t.close());

  const get = async (url: string, role: Role = "region_admin") =>
    t.request({ method: "GET", url }, await t.sessionAs(role));
  const send = (method: "POST" | "PUT", url: string, payload: unknown) =>
    t.request({ method, url, payload: payload as object }, admin);
  const idOf = async (
    table: typeof basins | typeof lots | typeof organisations | typeof sites,
    code: string,
  ) => {
    const [row] = await t.database.db.select({ id: table.id }).from(table).where(eq(table.code, code));
    if (!row) throw new Error(`${code} missing`);
    return row.id;
  };
  const writes = async () =>
    Number((await t.database.db.select({ value: count() }).from(auditEvents))[0]?.value);

  it("lets every professional read, and refuses the trainee and the anonymous", async () => {
    for (const role of PROFESSIONAL_ROLES) {
      const response = await get("/api/lots", role);
      expect(response.statusCode, role).toBe(200);
      expect(response.json().items).toHaveLength(32);
    }
    expect((await get("/api/sites", "trainee")).statusCode).toBe(403);
    expect((await t.request({ method: "GET", url: "/api/basins" })).statusCode).toBe(401);
  });

  it("lets only the region admin write", async () => {
    for (const role of PROFESSIONAL_ROLES.filter((candidate) => candidate !== "region_admin")) {
      const session = await t.sessionAs(role);
      const response = await t.request(
        { method: "POST", url: "/api/basins", payload: { code: "BX", name: "X", communeCodes: [] } },
        session,
      );
      expect(response.statusCode, role).toBe(403);
      expect(response.json().message).toMatch(/droits/);
    }
  });

  it("lists basins, lots, organisations and sites in the web's shape", async () => {
    const basin = (await get("/api/basins")).json().items[0];
    expect(basin).toMatchObject({ code: "B01", lot: { code: "L01" } });
    expect(basin.population).toBeGreaterThan(100_000);
    const lot = (await get(`/api/lots/${basin.lot.id}`)).json();
    expect(lot).toMatchObject({
      code: "L01",
      operator: { code: "GRP05" },
      basins: [{ code: "B01" }, { code: "B03" }],
    });
    expect(lot.siteCount).toBeGreaterThan(0);
    const consortia = (await get("/api/organisations?kind=consortium")).json().items;
    expect(consortia[0]).toMatchObject({ code: "GRP01", leadMember: { code: "OF01" }, consortium: null });
    expect(consortia[0].members.map((member: { code: string }) => member.code)).toEqual([
      "OF01",
      "OF02",
      "OF03",
    ]);
    const gironde = (await get("/api/organisations?kind=&networkType=france_travail&department=33")).json()
      .items;
    expect(gironde.map((organisation: { code: string }) => organisation.code)).toEqual(["FT33"]);
    const site = (await get(`/api/sites?lotId=${lot.id}`)).json().items[0];
    expect(site).toMatchObject({ lot: { code: "L01" }, commune: { department: "16" }, active: true });
    expect(site.latitude).toBeGreaterThan(45);
  });

  it("searches communes by name without accents, by postal code and by INSEE code", async () => {
    const byName = (await get("/api/communes?q=perigu")).json().items;
    expect(byName[0]).toMatchObject({ code: "24322", name: "Périgueux", department: "24" });
    expect((await get("/api/communes?q=emilion")).json().items[0].name).toBe("Saint-Émilion");
    expect((await get("/api/communes?q=33000")).json().items[0].name).toBe("Bordeaux");
    expect((await get("/api/communes?q=33063")).json().items[0].name).toBe("Bordeaux");
    const limited = (await get("/api/communes?department=40&limit=5")).json().items;
    expect(limited).toHaveLength(5);
    expect(limited.every((commune: { department: string }) => commune.department === "40")).toBe(true);
  });

  it("shows each caller the sites that concern them", async () => {
    const mine = async (role: Role) =>
      (await get("/api/sites?mine=true", role)).json().items as {
        lot: { name: string };
        organisation: { code: string };
        commune: { department: string };
      }[];
    const manager = await mine("training_manager");
    expect(manager.length).toBeGreaterThan(0);
    expect(manager.every((site) => site.lot.name.startsWith("Gironde"))).toBe(true);
    const officer = await mine("territorial_officer");
    expect(new Set(officer.map((site) => site.lot.name)).size).toBe(3);
    const prescriber = await mine("prescriber_advisor");
    expect(prescriber.every((site) => site.commune.department === "33")).toBe(true);
    expect((await mine("region_admin")).length).toBeGreaterThanOrEqual(90);
  });

  it("creates and updates a basin, a lot, an organisation and a site, with audit rows", async () => {
    const before = await writes();
    const basin = await send("POST", "/api/basins", { code: "B90", name: "Bassin test", communeCodes: [] });
    expect(basin.statusCode).toBe(201);
    const operatorId = await idOf(organisations, "OF19");
    const lot = await send("POST", "/api/lots", {
      code: "L90",
      name: "Lot test",
      target: 10,
      basinIds: [basin.json().id],
      operatorId,
    });
    expect(lot.statusCode).toBe(201);
    expect(lot.json()).toMatchObject({ basins: [{ code: "B90" }], operator: { code: "OF19" }, siteCount: 0 });
    const organisation = await send("POST", "/api/organisations", {
      code: "OF90",
      name: "Organisme test (fictif)",
      kind: "training_organisation",
    });
    expect(organisation.statusCode).toBe(201);
    const payload = {
      code: "S900",
      name: "Site test",
      organisationId: organisation.json().id,
      lotId: lot.json().id,
      communeCode: "23096",
      capacity: 12,
    };
    const site = await send("POST", "/api/sites", payload);
    expect(site.statusCode).toBe(201);
    const closed = await send("PUT", `/api/sites/${site.json().id}`, {
      ...payload,
      active: false,
      mandatoryRural: true,
    });
    expect(closed.json()).toMatchObject({ active: false, mandatoryRural: true, commune: { name: "Guéret" } });
    const renamed = await send("PUT", `/api/basins/${basin.json().id}`, {
      code: "B90",
      name: "Bassin renommé",
      communeCodes: [],
    });
    expect(renamed.json()).toMatchObject({ name: "Bassin renommé", lot: { code: "L90" } });
    expect(await writes()).toBe(before + 6);
  });

  it("answers bad input with a French 4xx and writes nothing", async () => {
    const before = await writes();
    const basinId = await idOf(basins, "B01");
    const trainingId = await idOf(organisations, "OF01");
    const cases: [number, "POST" | "PUT", string, unknown][] = [
      [400, "PUT", "/api/basins/pas-un-uuid", { code: "B01", name: "x", communeCodes: [] }],
      [
        404,
        "PUT",
        "/api/basins/00000000-0000-4000-8000-000000000000",
        { code: "BZZ", name: "x", communeCodes: [] },
      ],
      [400, "POST", "/api/basins", { code: "BZZ", name: "x".repeat(201), communeCodes: [] }],
      [400, "POST", "/api/basins", { code: "BZZ", name: "Inconnue", communeCodes: ["33999"] }],
      [409, "POST", "/api/basins", { code: "B01", name: "Doublon", communeCodes: [] }],
      [409, "POST", "/api/basins", { code: "BZZ", name: "Empiète", communeCodes: ["33063"] }],
      [409, "PUT", `/api/basins/${basinId}`, { code: "B02", name: "Code pris", communeCodes: [] }],
      [
        400,
        "POST",
        "/api/sites",
        {
          code: "SZZ",
          name: "x",
          organisationId: basinId,
          lotId: basinId,
          communeCode: "33063",
          capacity: -1,
        },
      ],
      [400, "POST", "/api/organisations", { code: "XX1", name: "Sans réseau", kind: "prescriber" }],
      [409, "POST", "/api/lots", { code: "LZZ", name: "x", target: 1, basinIds: [basinId] }],
      [
        409,
        "PUT",
        `/api/organisations/${trainingId}`,
        { code: "OF01", name: "Devient prescripteur", kind: "prescriber", networkType: "other" },
      ],
    ];
    for (const [status, method, url, payload] of cases) {
      const response = await send(method, url, payload);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload).slice(0, 80)}`).toBe(status);
      expect(response.json().message).toMatch(/[a-zé]/);
    }
    expect((await get("/api/sites/00000000-0000-4000-8000-000000000000")).json().message).toBe(
      "Site introuvable.",
    );
    expect(await writes()).toBe(before);
  });

  it("imports and exports the territory file, all or nothing", async () => {
    const exported = await get("/api/territory/export");
    expect(exported.statusCode).toBe(200);
    const file = exported.json();
    const again = await send("POST", "/api/territory/import", file);
    expect(again.statusCode).toBe(200);
    expect(again.json().sites).toMatchObject({ created: 0, updated: 0 });
    const before = await writes();
    file.lots.push({ code: "L99", name: "Fantôme", basins: ["B99"], target: 1 });
    const refused = await send("POST", "/api/territory/import", file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details).toEqual(["lot L99 : le bassin « B99 » n'existe pas"]);
    expect((await send("POST", "/api/territory/import", [1, 2])).statusCode).toBe(400);
    expect((await get("/api/territory/export", "territorial_officer")).statusCode).toBe(403);
    expect(await writes()).toBe(before);
  });
});
