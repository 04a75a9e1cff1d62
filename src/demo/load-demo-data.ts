import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/database";
import { userLots, users } from "../domains/accounts/accounts.tables";
import { hashPassword } from "../domains/accounts/passwords";
import { commandLineContext } from "../domains/authorization/actor";
import { readCommuneFile } from "../domains/territory/reference/load-communes";
import {
  basinCommunes,
  communes,
  lotBasins,
  lots,
  organisations,
} from "../domains/territory/territory.tables";
import { importTerritory } from "../domains/territory/use-cases/import-territory";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { loadDemoAmbassadors } from "./demo-ambassadors";
import { loadDemoFollowUps } from "./demo-follow-ups";
import { loadDemoHistory } from "./demo-history";
import { loadDemoPathways } from "./demo-pathways";
import { loadDemoPublicOffer } from "./demo-public-offer";
import { loadDemoReferrals } from "./demo-referrals";
import { loadDemoTripartiteInterviews } from "./demo-tripartite-interviews";
import { buildDemoTerritory } from "./territory/demo-territory";

/** The territorial officer of the demo follows the first lots of this département. */
const OFFICER_LOTS = { department: "33", count: 3 };

/**
 * Loads the illustrative territory and the demo accounts into a migrated, empty database, through the
 * same import as a real territory file, the sites' public offer (`demo-public-offer.ts`), a year
 * of closed referrals (`demo-referrals.ts`), then trainees in their pathway today (`demo-pathways.ts`),
 * former trainees who testify (`demo-ambassadors.ts`), and last the synthetic records of 2019–2020
 * (`demo-history.ts`), imported as a records file: the steps before never see them.
 */
export async function loadDemoData(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const communeRecords = readCommuneFile();
  const territory = buildDemoTerritory(communeRecords);
  await db.transaction(async (tx) => {
    await importTerritory(tx, commandLineContext("demo"), territory);
    await loadDemoPublicOffer(tx);
    const codes = DEMO_ACCOUNTS.flatMap((account) => account.organisationCode ?? []);
    const organisationIds = new Map(
      (
        await tx
          .select({ id: organisations.id, code: organisations.code })
          .from(organisations)
          .where(inArray(organisations.code, codes))
      ).map((row) => [row.code, row.id]),
    );
    const created = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((account) => ({
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          passwordHash,
          organisationId: account.organisationCode ? organisationIds.get(account.organisationCode) : null,
        })),
      )
      .returning({ id: users.id, role: users.role });
    const officer = created.find((user) => user.role === "territorial_officer");
    const followed = await tx
      .selectDistinct({ id: lots.id, code: lots.code })
      .from(lots)
      .innerJoin(lotBasins, eq(lotBasins.lotId, lots.id))
      .innerJoin(basinCommunes, eq(basinCommunes.basinId, lotBasins.basinId))
      .innerJoin(communes, eq(communes.code, basinCommunes.communeCode))
      .where(eq(communes.department, OFFICER_LOTS.department))
      .orderBy(asc(lots.code))
      .limit(OFFICER_LOTS.count);
    if (officer)
      await tx.insert(userLots).values(followed.map((lot) => ({ userId: officer.id, lotId: lot.id })));
    await loadDemoReferrals(tx, territory, communeRecords);
    await loadDemoPathways(tx);
    await loadDemoAmbassadors(tx);
    await loadDemoTripartiteInterviews(tx);
    await loadDemoFollowUps(tx);
    await loadDemoHistory(tx, territory, communeRecords);
  });
}

/** Whether the demo accounts are in the database: the data is then illustrative. */
export async function isDemoLoaded(db: Db): Promise<boolean> {
  const first = DEMO_ACCOUNTS[0];
  if (!first) return false;
  const found = await db.select({ id: users.id }).from(users).where(eq(users.email, first.email)).limit(1);
  return found.length > 0;
}
