import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../db/database";
import { badRequest, conflict, notFound } from "../../server/http-errors";
import { basins, communes, lots, organisations, sites } from "./territory.tables";

type CodedTable = typeof basins | typeof lots | typeof organisations | typeof sites;

const NOUNS = new Map<CodedTable, { one: string; missing: string }>([
  [basins, { one: "un autre bassin", missing: "Bassin introuvable." }],
  [lots, { one: "un autre lot", missing: "Lot introuvable." }],
  [organisations, { one: "une autre organisation", missing: "Organisation introuvable." }],
  [sites, { one: "un autre site", missing: "Site introuvable." }],
]);

/** 404 when the record to update does not exist. */
export async function ensureExists(db: Db, table: CodedTable, id: string): Promise<void> {
  const found = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  if (found.length === 0) throw notFound(NOUNS.get(table)?.missing);
}

/** 409 when another record of the same kind already has this code. */
export async function ensureCodeFree(db: Db, table: CodedTable, code: string, exceptId?: string) {
  const found = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.code, code), exceptId ? ne(table.id, exceptId) : undefined))
    .limit(1);
  if (found.length > 0) throw conflict(`Le code « ${code} » est déjà utilisé par ${NOUNS.get(table)?.one}.`);
}

/** 400 naming every commune code that is not a commune of the région. */
export async function ensureCommunesExist(db: Db, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await db
    .select({ code: communes.code })
    .from(communes)
    .where(inArray(communes.code, [...codes]));
  const known = new Set(found.map((row) => row.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw badRequest(`Commune inconnue : ${unknown.map((code) => `« ${code} »`).join(", ")}.`, { unknown });
  }
}

/** 400 when a listed id is not a record of `table` (ids come from the caller's selection). */
export async function ensureIdsExist(db: Db, table: CodedTable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: table.id })
    .from(table)
    .where(inArray(table.id, [...ids]));
  if (found.length !== new Set(ids).size) throw badRequest(NOUNS.get(table)?.missing ?? "Introuvable.");
}

/** 400 unless the organisation exists and can run a lot or a site (training organisation, consortium). */
export async function ensureOperator(db: Db, organisationId: string): Promise<void> {
  const [found] = await db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!found) throw badRequest("Organisation introuvable.");
  if (found.kind !== "training_organisation" && found.kind !== "consortium") {
    throw badRequest("Seul un organisme de formation ou un groupement peut porter un lot ou un site.");
  }
}
