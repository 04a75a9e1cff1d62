import { and, asc, count, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { pathways } from "../pathways/pathways.tables";
import { referrals } from "../referrals/referrals.tables";
import { sites } from "../territory/territory.tables";

/** A site's places taken: trainees present (no exit date) and referrals accepted (places promised). */
export type Occupancy = { present: number; reserved: number };

/** The occupancy of each site of `siteIds`, in one query (two grouped counts joined to the sites). */
export async function loadOccupancy(db: Db, siteIds: readonly string[]): Promise<Map<string, Occupancy>> {
  if (siteIds.length === 0) return new Map();
  const ids = [...siteIds];
  const present = db
    .select({ siteId: pathways.siteId, count: count().as("present_count") })
    .from(pathways)
    .where(and(isNull(pathways.exitDate), inArray(pathways.siteId, ids)))
    .groupBy(pathways.siteId)
    .as("present");
  const reserved = db
    .select({ siteId: referrals.siteId, count: count().as("reserved_count") })
    .from(referrals)
    .where(and(eq(referrals.status, "accepted"), inArray(referrals.siteId, ids)))
    .groupBy(referrals.siteId)
    .as("reserved");
  const rows = await db
    .select({ id: sites.id, present: present.count, reserved: reserved.count })
    .from(sites)
    .leftJoin(present, eq(present.siteId, sites.id))
    .leftJoin(reserved, eq(reserved.siteId, sites.id))
    .where(inArray(sites.id, ids));
  return new Map(
    rows.map((row) => [row.id, { present: Number(row.present ?? 0), reserved: Number(row.reserved ?? 0) }]),
  );
}

export type UpcomingSession = { startsAt: string; place: string };

/** The next `perSite` information sessions of each site of `siteIds`, in one query. */
export async function loadUpcomingSessions(
  db: Db,
  siteIds: readonly string[],
  perSite: number,
): Promise<Map<string, UpcomingSession[]>> {
  const sessions = new Map<string, UpcomingSession[]>();
  if (siteIds.length === 0) return sessions;
  const ranked = db
    .select({
      siteId: informationSessions.siteId,
      startsAt: informationSessions.startsAt,
      place: informationSessions.place,
      rank: sql<number>`row_number() over (partition by ${informationSessions.siteId} order by ${informationSessions.startsAt}, ${informationSessions.id})`.as(
        "rank",
      ),
    })
    .from(informationSessions)
    .where(
      and(inArray(informationSessions.siteId, [...siteIds]), gt(informationSessions.startsAt, sql`now()`)),
    )
    .as("ranked");
  const rows = await db
    .select({ siteId: ranked.siteId, startsAt: ranked.startsAt, place: ranked.place })
    .from(ranked)
    .where(lte(ranked.rank, perSite))
    .orderBy(asc(ranked.siteId), asc(ranked.startsAt));
  for (const row of rows) {
    const session = { startsAt: new Date(row.startsAt).toISOString(), place: row.place };
    const list = sessions.get(row.siteId);
    if (list) list.push(session);
    else sessions.set(row.siteId, [session]);
  }
  return sessions;
}
