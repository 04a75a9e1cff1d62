import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/database";
import { pathways } from "../pathways/pathways.tables";
import { sites } from "../territory/territory.tables";
import type { SiteOccupancy } from "./admission";
import { referrals } from "./referrals.tables";

/** A site's capacity, trainees present, places kept for accepted people, and its waiting list in order. */
export async function siteOccupancy(db: Db, siteId: string): Promise<SiteOccupancy> {
  const [site] = await db.select({ capacity: sites.capacity }).from(sites).where(eq(sites.id, siteId));
  const [present] = await db
    .select({ value: count() })
    .from(pathways)
    .where(and(eq(pathways.siteId, siteId), isNull(pathways.exitDate)));
  const [reserved] = await db
    .select({ value: count() })
    .from(referrals)
    .where(and(eq(referrals.siteId, siteId), eq(referrals.status, "accepted")));
  const waiting = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.siteId, siteId), eq(referrals.status, "waiting_list")))
    .orderBy(asc(referrals.waitingSince), asc(referrals.id));
  return {
    capacity: site?.capacity ?? 0,
    present: present?.value ?? 0,
    reserved: reserved?.value ?? 0,
    waitingList: waiting.map((row) => row.id),
  };
}
