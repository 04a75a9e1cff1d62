import type { Db } from "../../../db/database";
import { organisations } from "../territory.tables";
import { REGION_ORGANISATION_CODE } from "../territory.vocabulary";

export { REGION_ORGANISATION_CODE };

export async function ensureRegionOrganisation(db: Db): Promise<void> {
  await db
    .insert(organisations)
    .values({ code: REGION_ORGANISATION_CODE, name: "Région Nouvelle-Aquitaine", kind: "region" })
    .onConflictDoNothing({ target: organisations.code });
}
