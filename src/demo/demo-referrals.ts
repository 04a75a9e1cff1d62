import type { Db } from "../db/database";
import { pathways } from "../domains/pathways/pathways.tables";
import { people } from "../domains/people/people.tables";
import { referralEvents, referrals } from "../domains/referrals/referrals.tables";
import type { CommuneRecord } from "../domains/territory/reference/load-communes";
import { lots, organisations, sites } from "../domains/territory/territory.tables";
import type { TerritoryFileInput } from "../domains/territory/territory-file";
import { insertRows } from "./insert-rows";
import { addDemoOutcomes, DEMO_OUTCOMES_SEED } from "./referrals/demo-outcomes";
import { planDemoReferrals } from "./referrals/demo-referral-plan";
import { demoTerritoryRows } from "./referrals/demo-territory-rows";
import { seededRandom } from "./territory/random";

export const DEMO_REFERRALS_SEED = 20_261_031;

/**
 * The demo's history of referrals: about 600 of 2026, every one of them closed (entered, refused,
 * withdrawn or expired) with its full history, and every pathway ended. Nothing is left open on
 * purpose: the demo's inboxes start empty, so that a visitor (and the browser tests) see only the
 * referrals they send, and no site's places are taken. They feed the prescriber network statistics.
 * Planned from the territory file just imported, the people's genders, the profiles at entry and the
 * exits' outcomes added from a random of their own, then written in four statements.
 */
export async function loadDemoReferrals(
  db: Db,
  territory: TerritoryFileInput,
  communes: readonly CommuneRecord[],
): Promise<void> {
  const idsOf = async (table: typeof lots | typeof sites | typeof organisations) =>
    new Map(
      (await db.select({ id: table.id, code: table.code }).from(table)).map((row) => [row.code, row.id]),
    );
  const ids = {
    lots: await idsOf(lots),
    sites: await idsOf(sites),
    organisations: await idsOf(organisations),
  };
  const rows = planDemoReferrals(
    demoTerritoryRows(territory, communes, ids),
    seededRandom(DEMO_REFERRALS_SEED),
  );
  addDemoOutcomes(rows, seededRandom(DEMO_OUTCOMES_SEED));
  await insertRows(db, people, rows.people);
  await insertRows(db, referrals, rows.referrals);
  await insertRows(db, referralEvents, rows.events);
  await insertRows(db, pathways, rows.pathways);
}
