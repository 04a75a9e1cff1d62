import type { Db } from "../../../db/database";
import { freePlaces } from "../../referrals/admission";
import type { PublicSite } from "../public-offer.schemas";
import type { OpenSite } from "../public-offer-cache";
import { loadAvailability } from "../site-availability";

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
  const availability = await loadAvailability(
    db,
    openSites.map((site) => site.id),
    SESSIONS_SHOWN,
  );
  return openSites.map((site) => {
    const { present = 0, reserved = 0, informationSessions = [] } = availability.get(site.id) ?? {};
    return {
      ...site,
      freePlaces: freePlaces({ capacity: site.capacity, present, reserved }),
      informationSessions,
    };
  });
}
