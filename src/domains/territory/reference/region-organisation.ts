import type { Db } from "../../../db/database";
import { organisations } from "../territory.tables";

export const REGION_ORGANISATION_CODE = "REGION";

export async function ensureRegionOrganisation(db: Db): Promise<void> {
  await db
    .insert(organisations)
    .values({ code: REGION_ORGANISATION_CODE, name: "Région Nouvelle-Aquitaine", kind: "region" })
    .onConflictDoNothing({ target: organisations.code });
}
