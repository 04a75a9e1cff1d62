import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { validateTerritoryFile } from "../check-territory-file";
import { communes } from "../territory.tables";
import { countChanges, diffTerritory, type ImportCounts } from "../territory-diff";
import { territoryFileSchema } from "../territory-file";
import { applyTerritoryChanges } from "../territory-writes";
import { exportTerritory } from "./export-territory";

/** A territory file that cannot be imported; `problems` lists every reason, each naming its entry. */
export class TerritoryFileError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Le fichier de territoire n'a pas été importé : ${problems.length} problème${problems.length > 1 ? "s" : ""}.`,
    );
    this.name = "TerritoryFileError";
  }
}

/**
 * Imports a territory file (interchange spec §1) in one transaction: entries are matched by code,
 * created or updated, and their memberships replaced; an entry identical to the database is not touched.
 * Any problem and nothing is written.
 */
export async function importTerritory(db: Db, context: RequestContext, raw: unknown): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    const known = await tx.select({ code: communes.code }).from(communes);
    const validation = validateTerritoryFile(raw, new Set(known.map((commune) => commune.code)));
    if (!validation.ok) throw new TerritoryFileError(validation.problems);
    const current = territoryFileSchema.parse(await exportTerritory(tx));
    const changes = diffTerritory(current, validation.file);
    await applyTerritoryChanges(tx, changes);
    const counts = countChanges(changes);
    await recordAuditEvent(tx, context, {
      action: "territory.import",
      recordType: "territory",
      details: counts,
    });
    return counts;
  });
}
