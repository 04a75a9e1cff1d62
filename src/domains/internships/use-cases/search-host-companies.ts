import { asc, ilike, or } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { HostCompany } from "../internships.schemas";
import { hostCompanies } from "../internships.tables";
import { normaliseSiret } from "../siret";

const LIMIT = 20;

export const hostCompanyColumns = {
  id: hostCompanies.id,
  siret: hostCompanies.siret,
  name: hostCompanies.name,
  address: hostCompanies.address,
  postalCode: hostCompanies.postalCode,
  city: hostCompanies.city,
  communeCode: hostCompanies.communeCode,
  sector: hostCompanies.sector,
};

/** Host companies whose name contains `q`, or whose SIRET starts with it (spaces ignored); by name. */
export async function searchHostCompanies(db: Db, input: { q: string }): Promise<{ items: HostCompany[] }> {
  const q = input.q.trim();
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const digits = normaliseSiret(q);
  const where = q
    ? or(
        ilike(hostCompanies.name, pattern),
        /^\d+$/.test(digits) ? ilike(hostCompanies.siret, `${digits}%`) : undefined,
      )
    : undefined;
  const items = await db
    .select(hostCompanyColumns)
    .from(hostCompanies)
    .where(where)
    .orderBy(asc(hostCompanies.name))
    .limit(LIMIT);
  return { items };
}
