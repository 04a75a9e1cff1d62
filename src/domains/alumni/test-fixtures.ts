import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { pathways } from "../pathways/pathways.tables";
import { enterTrainee, type TestTrainee } from "../pathways/test-fixtures";

/** Test data for the alumni tests: former trainees and information sessions. */

/** A trainee who entered `siteId` (OF01's first site by default) and left, having completed it. */
export async function formerTrainee(
  db: Db,
  options: Parameters<typeof enterTrainee>[1] = {},
): Promise<TestTrainee> {
  const trainee = await enterTrainee(db, { entryDate: "2026-03-02", ...options });
  await db
    .update(pathways)
    .set({ exitDate: "2026-06-26", exitReason: "completed", plannedEndDate: "2026-06-26" })
    .where(eq(pathways.id, trainee.pathwayId));
  return trainee;
}

/** An information session at a site, `days` from now (negative: past). */
export async function informationSessionAt(db: Db, siteId: string, days: number, place = "Salle des fêtes") {
  const [session] = await db
    .insert(informationSessions)
    .values({ siteId, startsAt: new Date(Date.now() + days * 86_400_000), place })
    .returning({ id: informationSessions.id });
  if (!session) throw new Error("information session not created");
  return session.id;
}
