import type { Db } from "../../../db/database";
import { freePlaces } from "../../referrals/admission";
import type { PublicSite } from "../public-offer.schemas";
import type { OpenSite } from "../public-offer-cache";
import { loadOccupancy, loadUpcomingSessions } from "../site-availability";

/** How many information sessions to come the public sees per site. */
const SESSIONS_SHOWN = 3;

/**
 * Open sites as the public sees them: with today's free places and their next sessions. (The response
 * schema leaves out what the public is not shown, such as the site's code and coordinates.)
 */
export async function withAvailability<Site extends OpenSite>(
  db: Db,
  openSites: readonly Site[],
): Promise<(Site & PublicSite)[]> {
  const ids = openSites.map((site) => site.id);
  const [occupancy, sessions] = await Promise.all([
    loadOccupancy(db, ids),
    loadUpcomingSessions(db, ids, SESSIONS_SHOWN),
  ]);
  return openSites.map((site) => {
    const taken = occupancy.get(site.id) ?? { present: 0, reserved: 0 };
    return {
      ...site,
      freePlaces: freePlaces({ capacity: site.capacity, ...taken }),
      informationSessions: sessions.get(site.id) ?? [],
    };
  });
}
