import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { sites } from "../../territory/territory.tables";
import type { InformationSessionItem } from "../public-offer.schemas";

/** A site's information sessions still to come, the soonest first. */
export async function listInformationSessions(db: Db, siteId: string): Promise<InformationSessionItem[]> {
  const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId));
  if (!site) throw notFound("Site introuvable.");
  const rows = await db
    .select({
      id: informationSessions.id,
      startsAt: informationSessions.startsAt,
      place: informationSessions.place,
      seats: informationSessions.seats,
    })
    .from(informationSessions)
    .where(and(eq(informationSessions.siteId, siteId), gt(informationSessions.startsAt, sql`now()`)))
    .orderBy(asc(informationSessions.startsAt), asc(informationSessions.id));
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
}
