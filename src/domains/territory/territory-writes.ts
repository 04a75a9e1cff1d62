import { eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/database";
import { basinCommunes, basins, lotBasins, lots, organisations, sites } from "./territory.tables";
import type { TerritoryChanges } from "./territory-diff";
import type { OrganisationEntry } from "./territory-file";

const CHUNK = 1000;

/** Writes what `diffTerritory` found, in the caller's transaction; unchanged entries are not touched. */
export async function applyTerritoryChanges(tx: Db, changes: TerritoryChanges): Promise<void> {
  const organisationIds = await writeOrganisations(tx, changes.organisations);
  const basinIds = await writeBasins(tx, changes.basins);
  await writeLots(tx, changes.lots, basinIds, organisationIds);
  await writeSites(tx, changes.sites, organisationIds, await codeIds(tx, lots));
}

type CodeIds = ReadonlyMap<string, string>;
type Changes<S extends keyof TerritoryChanges> = TerritoryChanges[S];

async function codeIds(tx: Db, table: typeof basins | typeof lots | typeof organisations) {
  const rows = await tx.select({ id: table.id, code: table.code }).from(table);
  return new Map(rows.map((row) => [row.code, row.id]));
}

function idOf(ids: CodeIds, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Code ${code} vanished during the import`);
  return id;
}

async function insertInChunks<Row>(rows: readonly Row[], insert: (chunk: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

async function writeOrganisations(tx: Db, changes: Changes<"organisations">): Promise<CodeIds> {
  const fields = (entry: OrganisationEntry) => ({
    name: entry.name,
    kind: entry.kind,
    networkType: entry.networkType ?? null,
    siret: entry.siret ?? null,
    department: entry.department ?? null,
    active: entry.active,
  });
  await insertInChunks(changes.created, (chunk) =>
    tx.insert(organisations).values(chunk.map((entry) => ({ code: entry.code, ...fields(entry) }))),
  );
  for (const entry of changes.updated) {
    await tx
      .update(organisations)
      .set({ ...fields(entry), updatedAt: new Date() })
      .where(eq(organisations.code, entry.code));
  }
  const ids = await codeIds(tx, organisations);
  const linked = [...changes.updated, ...changes.created.filter((entry) => entry.consortium || entry.lead)];
  for (const entry of linked) {
    await tx
      .update(organisations)
      .set({
        consortiumId: entry.consortium ? idOf(ids, entry.consortium) : null,
        leadMemberId: entry.lead ? idOf(ids, entry.lead) : null,
      })
      .where(eq(organisations.code, entry.code));
  }
  return ids;
}

async function writeBasins(tx: Db, changes: Changes<"basins">): Promise<CodeIds> {
  await insertInChunks(changes.created, (chunk) =>
    tx.insert(basins).values(chunk.map(({ code, name }) => ({ code, name }))),
  );
  for (const { code, name } of changes.updated) {
    await tx.update(basins).set({ name, updatedAt: new Date() }).where(eq(basins.code, code));
  }
  const ids = await codeIds(tx, basins);
  const changed = [...changes.created, ...changes.updated];
  if (changed.length === 0) return ids;
  // The file is the truth for the communes it names: they leave any other basin.
  const changedIds = changed.map((basin) => idOf(ids, basin.code));
  const claimed = changed.flatMap((basin) => basin.communes);
  await tx
    .delete(basinCommunes)
    .where(or(inArray(basinCommunes.basinId, changedIds), inArray(basinCommunes.communeCode, claimed)));
  const memberships = changed.flatMap((basin) =>
    basin.communes.map((communeCode) => ({ basinId: idOf(ids, basin.code), communeCode })),
  );
  await insertInChunks(memberships, (chunk) => tx.insert(basinCommunes).values(chunk));
  return ids;
}

async function writeLots(
  tx: Db,
  changes: Changes<"lots">,
  basinIds: CodeIds,
  organisationIds: CodeIds,
): Promise<void> {
  const fields = (entry: Changes<"lots">["created"][number]) => ({
    name: entry.name,
    target: entry.target,
    operatorId: entry.operator ? idOf(organisationIds, entry.operator) : null,
  });
  await insertInChunks(changes.created, (chunk) =>
    tx.insert(lots).values(chunk.map((entry) => ({ code: entry.code, ...fields(entry) }))),
  );
  for (const entry of changes.updated) {
    await tx
      .update(lots)
      .set({ ...fields(entry), updatedAt: new Date() })
      .where(eq(lots.code, entry.code));
  }
  const changed = [...changes.created, ...changes.updated];
  if (changed.length === 0) return;
  const ids = await codeIds(tx, lots);
  const changedIds = changed.map((lot) => idOf(ids, lot.code));
  const claimed = changed.flatMap((lot) => lot.basins.map((code) => idOf(basinIds, code)));
  await tx
    .delete(lotBasins)
    .where(or(inArray(lotBasins.lotId, changedIds), inArray(lotBasins.basinId, claimed)));
  const memberships = changed.flatMap((lot) =>
    lot.basins.map((code) => ({ lotId: idOf(ids, lot.code), basinId: idOf(basinIds, code) })),
  );
  await insertInChunks(memberships, (chunk) => tx.insert(lotBasins).values(chunk));
}

async function writeSites(
  tx: Db,
  changes: Changes<"sites">,
  organisationIds: CodeIds,
  lotIds: CodeIds,
): Promise<void> {
  const fields = (entry: Changes<"sites">["created"][number]) => ({
    name: entry.name,
    organisationId: idOf(organisationIds, entry.organisation),
    lotId: idOf(lotIds, entry.lot),
    communeCode: entry.commune,
    address: entry.address ?? null,
    capacity: entry.capacity,
    mandatoryRural: entry.mandatoryRural,
    active: entry.active,
  });
  await insertInChunks(changes.created, (chunk) =>
    tx.insert(sites).values(chunk.map((entry) => ({ code: entry.code, ...fields(entry) }))),
  );
  for (const entry of changes.updated) {
    await tx
      .update(sites)
      .set({ ...fields(entry), updatedAt: new Date() })
      .where(eq(sites.code, entry.code));
  }
}
