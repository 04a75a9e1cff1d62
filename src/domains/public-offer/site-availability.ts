import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { pathways } from "../pathways/pathways.tables";
import { referrals } from "../referrals/referrals.tables";

/** A site's places taken: trainees present (no exit date) and referrals accepted (places promised). */
export type Occupancy = { present: number; reserved: number };
export type UpcomingSession = { startsAt: string; place: string };
/** What changes every day on a site: its places taken and its next information sessions. */
export type SiteAvailability = Occupancy & { informationSessions: UpcomingSession[] };

/** Site ids as one `uuid[]` parameter (the statement's text is the same for any number of sites). */
const idArray = (siteIds: readonly string[]) => sql`${`{${siteIds.join(",")}}`}::uuid[]`;

/** The places taken on each site of `ids` that has some, in one grouped scan of both tables. */
const placesTaken = (ids: SQL) => sql`
  select site_id,
    count(*) filter (where taken = 'present')::int as present,
    count(*) filter (where taken = 'reserved')::int as reserved
  from (
    select ${pathways.siteId} as site_id, 'present' as taken from ${pathways}
    where ${pathways.exitDate} is null and ${pathways.siteId} = any(${ids})
    union all
    select ${referrals.siteId}, 'reserved' from ${referrals}
    where ${referrals.status} = 'accepted' and ${referrals.siteId} = any(${ids})
  ) as places
  group by site_id`;

async function rowsOf<Row>(db: Db, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** The occupancy of each site of `siteIds`, in one query. */
export async function loadOccupancy(db: Db, siteIds: readonly string[]): Promise<Map<string, Occupancy>> {
  if (siteIds.length === 0) return new Map();
  const rows = await rowsOf<Occupancy & { site_id: string }>(db, placesTaken(idArray(siteIds)));
  const occupancy = new Map<string, Occupancy>(siteIds.map((id) => [id, { present: 0, reserved: 0 }]));
  for (const row of rows) {
    occupancy.set(row.site_id, { present: Number(row.present), reserved: Number(row.reserved) });
  }
  return occupancy;
}

/**
 * The occupancy of each site of `siteIds` and its next `perSite` information sessions, in one
 * statement: the grouped count above, and the sessions read from the (site, start) index.
 */
export async function loadAvailability(
  db: Db,
  siteIds: readonly string[],
  perSite: number,
): Promise<Map<string, SiteAvailability>> {
  if (siteIds.length === 0) return new Map();
  const ids = idArray(siteIds);
  const rows = await rowsOf<Occupancy & { id: string; sessions: UpcomingSession[] | string }>(
    db,
    sql`
      with taken as (${placesTaken(ids)})
      select wanted.id, coalesce(taken.present, 0) as present, coalesce(taken.reserved, 0) as reserved,
        coalesce(upcoming.sessions, '[]') as sessions
      from unnest(${ids}) as wanted(id)
      left join taken on taken.site_id = wanted.id
      left join lateral (
        select json_agg(json_build_object(
          'startsAt', to_char(next.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'place', next.place) order by next.starts_at) as sessions
        from (
          select ${informationSessions.startsAt} as starts_at, ${informationSessions.place} as place
          from ${informationSessions}
          where ${informationSessions.siteId} = wanted.id and ${informationSessions.startsAt} > now()
          order by ${informationSessions.startsAt}, ${informationSessions.id}
          limit ${perSite}
        ) as next
      ) as upcoming on true`,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        present: Number(row.present),
        reserved: Number(row.reserved),
        // node-postgres parses JSON; PGlite may hand it over as text.
        informationSessions: typeof row.sessions === "string" ? JSON.parse(row.sessions) : row.sessions,
      },
    ]),
  );
}
