import type { Section, TerritoryFile } from "./territory-file";

export type SectionChanges<Entry> = { created: Entry[]; updated: Entry[]; unchanged: number };
export type TerritoryChanges = { [S in Section]: SectionChanges<TerritoryFile[S][number]> };
export type ImportCounts = { [S in Section]: { created: number; updated: number; unchanged: number } };

/** What importing `wanted` over `current` would create and update, entry by entry, matched by code. */
export function diffTerritory(current: TerritoryFile, wanted: TerritoryFile): TerritoryChanges {
  return {
    basins: diffSection(current.basins, wanted.basins),
    lots: diffSection(current.lots, wanted.lots),
    organisations: diffSection(current.organisations, wanted.organisations),
    sites: diffSection(current.sites, wanted.sites),
  };
}

export function countChanges(changes: TerritoryChanges): ImportCounts {
  const count = ({ created, updated, unchanged }: SectionChanges<unknown>) => ({
    created: created.length,
    updated: updated.length,
    unchanged,
  });
  return {
    basins: count(changes.basins),
    lots: count(changes.lots),
    organisations: count(changes.organisations),
    sites: count(changes.sites),
  };
}

function diffSection<Entry extends { code: string }>(
  current: readonly Entry[],
  wanted: readonly Entry[],
): SectionChanges<Entry> {
  const existing = new Map(current.map((entry) => [entry.code, canonical(entry)]));
  const changes: SectionChanges<Entry> = { created: [], updated: [], unchanged: 0 };
  for (const entry of wanted) {
    const before = existing.get(entry.code);
    if (before === undefined) changes.created.push(entry);
    else if (before !== canonical(entry)) changes.updated.push(entry);
    else changes.unchanged += 1;
  }
  return changes;
}

/** An entry as comparable text: lists of members are sets, so their order does not count. */
function canonical(entry: object): string {
  return JSON.stringify(entry, (_key, value: unknown) =>
    Array.isArray(value) ? [...value].map(String).sort() : value,
  );
}
