import { ATTENDANCE_STATUS_LABELS } from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import type { PathwayAttendance } from "./sessions-api";

/** « 2,75 h » */
export const hoursLabel = (hours: number) => `${hours.toString().replace(".", ",")} h`;

/** « novembre 2026 » for `2026-11`. */
export const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "long", year: "numeric" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** A session's mark as a sentence: « Présent·e, 3 h », or « Pas encore noté ». */
export function markLabel(mark: PathwayAttendance["items"][number]["mark"]): string {
  return mark ? `${ATTENDANCE_STATUS_LABELS[mark.status]}, ${hoursLabel(mark.hours)}` : "Pas encore noté";
}
