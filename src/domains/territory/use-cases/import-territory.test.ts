import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tests/support/test-database";
import type { Database } from "../../../db/database";
import { buildDemoTerritory } from "../../../demo/territory/demo-territory";
import { auditEvents } from "../../audit/audit.tables";
import { commandLineContext } from "../../authorization/actor";
import { readCommuneFile } from "../reference/load-communes";
import { basinCommunes, basins, lotBasins, lots, organisations, sites } from "../territory.tables";
import type { TerritoryFileInput } from "../territory-file";
import { exportTerritory } from "./export-territory";
import { importTerritory, TerritoryFileError } from "./import-territory";

const context = commandLineContext("territory import");

async function snapshot(database: Database) {
  const { db } = database;
  const tables = { basins, basinCommunes, lots, lotBasins, organisations, sites, auditEvents };
  const counts = Object.fromEntries(
    await Promise.all(
      Object.entries(tables).map(async ([name, table]) => [
        name,
        Number((await db.select({ value: count() }).from(table))[0]?.value),
      ]),
    ),
  );
  const stamps = await db.select({ code: sites.code, updatedAt: sites.updatedAt }).from(sites);
  return { counts, stamps: stamps.sort((a, b) => a.code.localeCompare(b.code)) };
}

describe("territory import", () => {
  let database: Database;
  const file = buildDemoTerritory(readCommuneFile());
  beforeAll(async () => {
    database = await createTestDatabase("empty");
  });
  afterAll(() => database.close());

  it("creates everything, then a second import changes nothing, not even updated_at", async () => {
    const first = await importTerritory(database.db, context, file);
    expect(first.basins).toEqual({ created: 44, updated: 0, unchanged: 0 });
    expect(first.sites.created).toBe(file.sites?.length);
    const before = await snapshot(database);
    const second = await importTerritory(database.db, context, file);
    for (const section of Object.values(second)) expect(section).toMatchObject({ created: 0, updated: 0 });
    expect(second.lots.unchanged).toBe(32);
    const after = await snapshot(database);
    expect(after.stamps).toEqual(before.stamps);
    expect(after.counts).toEqual({ ...before.counts, auditEvents: before.counts.auditEvents + 1 });
  });

  it("exports a file that imports as a fixed point, sorted by code", async () => {
    const exported = await exportTerritory(database.db);
    expect(exported.sites?.map((site) => site.code)).toEqual(file.sites?.map((site) => site.code).sort());
    const counts = await importTerritory(database.db, context, exported);
    expect(counts.organisations).toEqual({ created: 0, updated: 0, unchanged: file.organisations?.length });
    expect(await exportTerritory(database.db)).toEqual(exported);
  });

  it("updates what changed and moves communes and basins to their new owner", async () => {
    const changed: TerritoryFileInput = structuredClone(await exportTerritory(database.db));
    const [first, second] = changed.basins ?? [];
    const [lot] = changed.lots ?? [];
    const [site] = changed.sites ?? [];
    if (!first || !second || !lot || !site) throw new Error("fixture");
    const moved = first.communes.pop() as string;
    second.communes.push(moved);
    site.capacity += 1;
    site.active = false;
    lot.target += 5;
    const counts = await importTerritory(database.db, context, changed);
    expect(counts.basins).toEqual({ created: 0, updated: 2, unchanged: 42 });
    expect(counts.sites).toMatchObject({ updated: 1 });
    expect(counts.lots).toMatchObject({ updated: 1 });
    expect(await exportTerritory(database.db)).toEqual(changed);
  });

  it("writes nothing when one reference is unknown, and names the entry", async () => {
    const before = await snapshot(database);
    const broken: TerritoryFileInput = structuredClone(file);
    broken.lots?.push({ code: "L99", name: "Lot fantôme", basins: ["B99"], target: 10 });
    broken.sites?.push({
      code: "S999",
      name: "Neuf",
      lot: "L01",
      organisation: "OF01",
      commune: "33063",
      capacity: 10,
    });
    const [site] = broken.sites ?? [];
    if (site) site.lot = "L77";
    const error = await importTerritory(database.db, context, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TerritoryFileError);
    expect((error as TerritoryFileError).problems).toEqual([
      "lot L99 : le bassin « B99 » n'existe pas",
      `site ${site?.code} : le lot « L77 » n'existe pas`,
    ]);
    expect(await snapshot(database)).toEqual(before);
    const [stillThere] = await database.db.select().from(sites).where(eq(sites.code, "S999"));
    expect(stillThere).toBeUndefined();
  });
});
