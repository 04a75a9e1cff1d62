import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import {
  addInformationSession,
  addPathway,
  addReferral,
  createLot,
  createSite,
  createTrainingOrganisation,
} from "./test-fixtures";

const PERIGUEUX = "24322";
const BERGERAC = "24037";
const SARLAT = "24520";
const LIMOGES = "87085";
const BORDEAUX = "33063";
const ANGOULEME = "16015";
const BRIVE = "19031";
const AGEN = "47001";
const POITIERS = "86194";
const NONTRON = "24311";
const TRELISSAC = "24557";

describe("public offer API (no account)", () => {
  let t: TestApp;
  let perigueuxSite: { id: string; lotId: string; communeCode: string };
  const get = (url: string) => t.request({ method: "GET", url });

  beforeAll(async () => {
    t = await createTestApp({ template: "empty" });
    const db = t.database.db;
    const organisationId = await createTrainingOrganisation(db, "OF-TEST");
    const lotId = await createLot(db, "LT1", organisationId);
    const site = (code: string, communeCode: string, extra: { capacity?: number; active?: boolean } = {}) =>
      createSite(db, { code, organisationId, lotId, communeCode, ...extra });
    // Two sites in Périgueux: the code breaks the tie. Eleven open sites: one is left out of the ten.
    perigueuxSite = { id: await site("S02", PERIGUEUX), lotId, communeCode: PERIGUEUX };
    await site("S01", PERIGUEUX, { capacity: 8 });
    for (const [code, commune] of [
      ["S03", BERGERAC],
      ["S04", SARLAT],
      ["S05", LIMOGES],
      ["S06", BORDEAUX],
      ["S07", ANGOULEME],
      ["S08", BRIVE],
      ["S09", AGEN],
      ["S10", POITIERS],
      ["S11", NONTRON],
    ] as const) {
      await site(code, commune);
    }
    await site("S12", TRELISSAC, { active: false });

    // S02 (12 places): 3 present, 1 gone, 2 accepted, 1 only sent → 7 free.
    for (let i = 0; i < 3; i++) await addPathway(db, perigueuxSite);
    await addPathway(db, perigueuxSite, "2026-02-01");
    await addReferral(db, perigueuxSite, "accepted");
    await addReferral(db, perigueuxSite, "accepted");
    await addReferral(db, perigueuxSite, "sent");

    const day = 86_400_000;
    await addInformationSession(db, perigueuxSite.id, new Date(Date.now() - day), "Salle passée");
    await addInformationSession(db, perigueuxSite.id, new Date(Date.now() + 9 * day), "Salle C");
    await addInformationSession(db, perigueuxSite.id, new Date(Date.now() + 2 * day), "Salle A");
    await addInformationSession(db, perigueuxSite.id, new Date(Date.now() + 5 * day), "Salle B");
    await addInformationSession(db, perigueuxSite.id, new Date(Date.now() + 30 * day), "Salle D");
  });
  afterAll(() => t.close());

  it("lists the ten nearest open sites to a commune, nearest first, ties by code", async () => {
    const response = await get(`/api/public/sites?commune=${PERIGUEUX}`);
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect(answer.origin).toEqual({
      code: PERIGUEUX,
      name: "Périgueux",
      postalCode: null,
      communesSharingPostalCode: 0,
    });
    const names = answer.items.map((site: { name: string }) => site.name);
    expect(names).toEqual([
      "Site S01",
      "Site S02",
      "Site S11",
      "Site S03",
      "Site S04",
      "Site S08",
      "Site S07",
      "Site S05",
      "Site S06",
      "Site S09",
    ]);
    const distances = answer.items.map((site: { distanceKm: number }) => site.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBe(0);
    // Périgueux → Bergerac, along the sphere between the communes' centres.
    expect(distances[3]).toBe(41.5);
    expect(distances.every((km: number) => Math.round(km * 10) / 10 === km)).toBe(true);
    expect(names).not.toContain("Site S12");
    expect(names).not.toContain("Site S10");
  });

  it("counts free places: capacity less present trainees and accepted referrals", async () => {
    const items = (await get(`/api/public/sites?commune=${PERIGUEUX}`)).json().items;
    expect(items[1]).toMatchObject({ id: perigueuxSite.id, capacity: 12, freePlaces: 7 });
    expect(items[0]).toMatchObject({ capacity: 8, freePlaces: 8 });
  });

  it("shows a site's next three information sessions, soonest first, and what the public may know only", async () => {
    const site = (await get(`/api/public/sites?commune=${PERIGUEUX}`)).json().items[1];
    expect(site.informationSessions.map((session: { place: string }) => session.place)).toEqual([
      "Salle A",
      "Salle B",
      "Salle C",
    ]);
    expect(Date.parse(site.informationSessions[0].startsAt)).toBeGreaterThan(Date.now());
    expect(Object.keys(site).sort()).toEqual(
      [
        "accessibility",
        "address",
        "capacity",
        "communeName",
        "contactEmail",
        "contactPhone",
        "distanceKm",
        "freePlaces",
        "id",
        "informationSessions",
        "mandatoryRural",
        "name",
      ].sort(),
    );
  });

  it("starts from the most populous commune of a postal code several communes share, and says so", async () => {
    const answer = (await get("/api/public/sites?postalCode=24750")).json();
    expect(answer.origin).toEqual({
      code: "24053",
      name: "Boulazac Isle Manoire",
      postalCode: "24750",
      communesSharingPostalCode: 5,
    });
    expect(answer.items).toHaveLength(10);
    const single = (await get("/api/public/sites?postalCode=24000")).json();
    expect(single.origin).toMatchObject({ name: "Périgueux", communesSharingPostalCode: 1 });
  });

  it("answers 400 in French to a malformed or ambiguous search", async () => {
    for (const query of [
      "",
      "?postalCode=2400",
      "?postalCode=abcde",
      "?commune=123",
      `?commune=${PERIGUEUX}&postalCode=24000`,
    ]) {
      const response = await get(`/api/public/sites${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().message, query).toMatch(/code postal|commune|Code INSEE/i);
    }
  });

  it("answers 404 in French to a commune or postal code outside the région", async () => {
    const postal = await get("/api/public/sites?postalCode=75001");
    expect(postal.statusCode).toBe(404);
    expect(postal.json().message).toBe("Aucune commune de la région n'a le code postal 75001.");
    const commune = await get("/api/public/sites?commune=75056");
    expect(commune.statusCode).toBe(404);
    expect(commune.json().message).toMatch(/n'est pas une commune de la région/);
  });

  it("reads one open site, and refuses a closed or unknown one", async () => {
    const site = (await get(`/api/public/sites/${perigueuxSite.id}`)).json();
    expect(site).toMatchObject({ name: "Site S02", communeName: "Périgueux", freePlaces: 7 });
    expect(site.informationSessions).toHaveLength(3);
    expect(site.distanceKm).toBeUndefined();
    const unknown = await get(`/api/public/sites/${crypto.randomUUID()}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/n'accueille plus de public/);
  });

  it("sees a new trainee at once: free places are not cached", async () => {
    await addPathway(t.database.db, perigueuxSite);
    const site = (await get(`/api/public/sites/${perigueuxSite.id}`)).json();
    expect(site.freePlaces).toBe(6);
  });

  it("finds communes by name or postal code for the form, with only what the form needs", async () => {
    const byName = (await get("/api/public/communes?q=perigu")).json().items;
    expect(byName[0]).toEqual({
      code: PERIGUEUX,
      name: "Périgueux",
      postalCodes: ["24000"],
      department: "24",
    });
    const byPostalCode = (await get("/api/public/communes?q=24750")).json().items;
    expect(byPostalCode.map((commune: { name: string }) => commune.name)).toContain("Trélissac");
    const many = (await get("/api/public/communes?q=sa")).json().items;
    expect(many).toHaveLength(20);
    expect((await get("/api/public/communes?q=a")).statusCode).toBe(400);
  });

  it("limits how often one address may call", async () => {
    const response = await get("/api/public/communes?q=bord");
    expect(response.headers["x-ratelimit-limit"]).toBe("120");
  });
});
