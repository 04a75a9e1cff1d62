import type { Db } from "../db/database";
import { commandLineContext } from "../domains/authorization/actor";
import { importRecords } from "../domains/records/import-records";
import { loadRecordReferences } from "../domains/records/record-references";
import { RECORD_COLUMNS } from "../domains/records/records-columns";
import { formatProblem, validateRecords } from "../domains/records/validate-records";
import type { CommuneRecord } from "../domains/territory/reference/load-communes";
import type { TerritoryFileInput } from "../domains/territory/territory-file";
import { DEMO_HISTORY_SEED, HISTORY_SOURCE, planDemoHistory } from "./history/demo-history";
import { seededRandom } from "./territory/random";

/**
 * The demo's synthetic 2019–2020 history (`history/demo-history.ts`), checked and written by the same
 * validation and import as `npx amorce records import`: the indicators of those years read it as they
 * would read a real file of the former programmes.
 */
export async function loadDemoHistory(
  db: Db,
  territory: TerritoryFileInput,
  communes: readonly CommuneRecord[],
): Promise<void> {
  const lines = planDemoHistory(territory, communes, seededRandom(DEMO_HISTORY_SEED));
  const { problems, records } = validateRecords(
    RECORD_COLUMNS,
    lines.map((line, index) => ({ line: index + 2, cells: RECORD_COLUMNS.map((column) => line[column]) })),
    await loadRecordReferences(db),
  );
  if (problems.length > 0) {
    throw new Error(`synthetic records refused: ${problems.slice(0, 5).map(formatProblem).join("; ")}`);
  }
  await importRecords(db, commandLineContext("demo"), records, { file: `${HISTORY_SOURCE} (démonstration)` });
}
