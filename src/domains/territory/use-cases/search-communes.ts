import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { CommuneItem } from "../territory.schemas";
import { communes } from "../territory.tables";

const ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ-'’";
const PLAIN = "aaaaaaceeeeiiiinooooouuuuyy   ";

/** Lower case, no accent, hyphens and apostrophes as spaces: "Saint-Émilion" → "saint emilion". */
export function foldName(text: string): string {
  let folded = "";
  for (const character of text.toLowerCase()) {
    const index = ACCENTED.indexOf(character);
    folded += (index >= 0 ? PLAIN[index] : undefined) ?? character;
  }
  return folded;
}

const foldedColumn = (column: SQL | typeof communes.name) =>
  sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

export type CommuneSearch = { q?: string; department?: string; limit: number };

/**
 * Communes whose name (or one of its words) starts with `q`, accents and hyphens ignored; or, for
 * digits, whose INSEE or postal code starts with them. The most populous first.
 */
export async function searchCommunes(db: Db, search: CommuneSearch): Promise<CommuneItem[]> {
  const q = search.q?.trim() ?? "";
  let match: SQL | undefined;
  if (/^\d[\dAB]{0,4}$/i.test(q)) {
    const prefix = `${escapeLike(q.toUpperCase())}%`;
    match = or(
      sql`${communes.code} like ${prefix}`,
      sql`exists (select 1 from unnest(${communes.postalCodes}) as postal(code) where postal.code like ${prefix})`,
    );
  } else if (q !== "") {
    const folded = escapeLike(foldName(q));
    match = or(
      sql`${foldedColumn(communes.name)} like ${`${folded}%`}`,
      sql`${foldedColumn(communes.name)} like ${`% ${folded}%`}`,
    );
  }
  return db
    .select({
      code: communes.code,
      name: communes.name,
      department: communes.department,
      postalCodes: communes.postalCodes,
      population: communes.population,
    })
    .from(communes)
    .where(and(match, search.department ? eq(communes.department, search.department) : undefined))
    .orderBy(
      desc(sql`${foldedColumn(communes.name)} = ${foldName(q)}`),
      desc(communes.population),
      communes.code,
    )
    .limit(search.limit);
}
