/** How a trainee attended a session (émargement). */
export const ATTENDANCE_STATUSES = ["present", "late", "absent_excused", "absent_unexcused"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: "Présent·e",
  late: "En retard",
  absent_excused: "Absent·e excusé·e",
  absent_unexcused: "Absent·e non excusé·e",
};

/** A collective session of a module, or an individual interview (a session for one). */
export const SESSION_FORMATS = ["collective", "individual"] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const SESSION_FORMAT_LABELS: Record<SessionFormat, string> = {
  collective: "Séance collective",
  individual: "Entretien individuel",
};
