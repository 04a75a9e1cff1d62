import fs from "node:fs";
import { count } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { communes } from "../territory.tables";

/** One commune of `reference-data/geo/communes-nouvelle-aquitaine-2026.json` (INSEE COG 2026). */
export type CommuneRecord = {
  code: string;
  nom: string;
  departement: string;
  epci: string | null;
  population: number;
  codesPostaux: string[];
  centre: [number, number];
};

const communesFile = new URL(
  "../../../../reference-data/geo/communes-nouvelle-aquitaine-2026.json",
  import.meta.url,
);

export function readCommuneFile(): CommuneRecord[] {
  return JSON.parse(fs.readFileSync(communesFile, "utf8")) as CommuneRecord[];
}

/** Loads the communes once, into an empty table. */
export async function loadCommunes(db: Db): Promise<void> {
  const [existing] = await db.select({ value: count() }).from(communes);
  if (Number(existing?.value) > 0) return;
  const rows = readCommuneFile().map((commune) => ({
    code: commune.code,
    name: commune.nom,
    department: commune.departement,
    epci: commune.epci,
    population: commune.population,
    postalCodes: commune.codesPostaux,
    longitude: commune.centre[0],
    latitude: commune.centre[1],
  }));
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 1000) {
      await tx.insert(communes).values(rows.slice(start, start + 1000));
    }
  });
}
