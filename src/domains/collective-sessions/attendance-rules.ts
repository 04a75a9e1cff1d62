import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from "./attendance-vocabulary";

/**
 * The hours a mark counts, in hundredths of an hour (never floats: 2.75 h is 275), and the sums made of
 * them. Pure: the API, the statement and the exports all count with these.
 */

/** Hours given with at most two decimals, as hundredths; `null` when not such a number. */
export function toHundredths(hours: number): number | null {
  const hundredths = Math.round(hours * 100);
  return Number.isFinite(hours) && hours >= 0 && Math.abs(hours * 100 - hundredths) < 1e-6
    ? hundredths
    : null;
}

/** Hundredths back to hours, as stored and shown (275 → 2.75). */
export const fromHundredths = (hundredths: number) => hundredths / 100;

/** « 2.75 »: hours with a dot and two decimals at most, as in the exports. */
export const formatHours = (hundredths: number) => fromHundredths(hundredths).toString();

/**
 * The hours a mark counts, given the session's length: the whole session for a present trainee (unless
 * fewer are given), the hours given for a late one (required, at most the session), none for an absence.
 */
export function markHours(
  status: AttendanceStatus,
  hours: number | null | undefined,
  sessionHundredths: number,
): { ok: true; hundredths: number } | { ok: false; message: string } {
  if (status === "absent_excused" || status === "absent_unexcused") {
    return hours ? { ok: false, message: "Une absence compte 0 heure." } : { ok: true, hundredths: 0 };
  }
  if (hours === null || hours === undefined) {
    return status === "present"
      ? { ok: true, hundredths: sessionHundredths }
      : { ok: false, message: "Indiquez les heures faites par la personne arrivée en retard." };
  }
  const hundredths = toHundredths(hours);
  if (hundredths === null)
    return { ok: false, message: "Heures attendues : un nombre positif, au centième près." };
  if (hundredths > sessionHundredths) {
    return {
      ok: false,
      message: `Au plus ${formatHours(sessionHundredths).replace(".", ",")} h : la durée de la séance.`,
    };
  }
  return { ok: true, hundredths };
}

export type StatusTotals = Record<AttendanceStatus, { sessions: number; hundredths: number }>;

/** Sessions and hours per status, and all the hours done. */
export function totalsOf(marks: readonly { status: AttendanceStatus; hundredths: number }[]): {
  byStatus: StatusTotals;
  hundredths: number;
} {
  const byStatus = Object.fromEntries(
    ATTENDANCE_STATUSES.map((status) => [status, { sessions: 0, hundredths: 0 }]),
  ) as StatusTotals;
  let hundredths = 0;
  for (const mark of marks) {
    byStatus[mark.status].sessions += 1;
    byStatus[mark.status].hundredths += mark.hundredths;
    hundredths += mark.hundredths;
  }
  return { byStatus, hundredths };
}

export const statusLabel = (status: AttendanceStatus | null) =>
  status ? ATTENDANCE_STATUS_LABELS[status] : "Non émargé";
