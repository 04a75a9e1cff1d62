import type { Db } from "../db/database";
import { loadCommunes } from "./territory/reference/load-communes";
import { ensureRegionOrganisation } from "./territory/reference/region-organisation";

/** Data every Amorce database holds, demo or not: the communes and the Region itself. */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadCommunes(db);
  await ensureRegionOrganisation(db);
}
