/**
 * Rolling admission, as rules: a site's capacity is the number of trainees present at once; a place is
 * taken by each trainee present and each person accepted but not yet entered. When places free up, the
 * waiting list is offered them in order. Pure: the use case reads the counts under a lock on the site.
 */

export type SiteOccupancy = {
  capacity: number;
  /** Trainees present: pathways without an exit. */
  present: number;
  /** People accepted who have not entered yet: their places are kept. */
  reserved: number;
  /** The waiting list's referral ids, first come first. */
  waitingList: readonly string[];
};

export type AdmissionCheck = { ok: true } | { ok: false; message: string; full: boolean };

export function freePlaces({ capacity, present, reserved }: Omit<SiteOccupancy, "waitingList">): number {
  return Math.max(0, capacity - present - reserved);
}

const places = (count: number) => (count === 1 ? "1 place" : `${count} places`);
const people = (count: number) => (count === 1 ? "1 personne attend" : `${count} personnes attendent`);

/** May the referral `referralId` be accepted on this site now? If not, why, in plain French. */
export function checkAdmission(occupancy: SiteOccupancy, referralId: string): AdmissionCheck {
  const free = freePlaces(occupancy);
  if (free === 0) {
    return {
      ok: false,
      full: true,
      message: `Le site est complet (${places(occupancy.capacity)}, toutes prises) : inscrivez la personne sur la liste d'attente.`,
    };
  }
  const position = occupancy.waitingList.indexOf(referralId);
  if (position === -1 && occupancy.waitingList.length >= free) {
    return {
      ok: false,
      full: true,
      message: `${people(occupancy.waitingList.length)} déjà sur la liste d'attente : les places libres leur reviennent d'abord. Inscrivez la personne sur la liste d'attente.`,
    };
  }
  if (position >= free) {
    return {
      ok: false,
      full: false,
      message: `La personne est en position ${position + 1} sur la liste d'attente et il reste ${places(free)} : la place revient d'abord aux personnes inscrites avant elle.`,
    };
  }
  return { ok: true };
}

/** Who on the waiting list may be offered a place now, in order. */
export function offeredFromWaitingList(occupancy: SiteOccupancy): readonly string[] {
  return occupancy.waitingList.slice(0, freePlaces(occupancy));
}
