import type { InternshipStatus } from "./internship-vocabulary";

/**
 * The life of an internship, as data: drafted, sent for signature (its agreement frozen), signed by the
 * four parties, completed with the tutor's assessment; cancelled at any time before it is completed.
 * Pure rules: the use cases check a change here before writing it.
 */
export const INTERNSHIP_TRANSITIONS: Readonly<Record<InternshipStatus, readonly InternshipStatus[]>> = {
  draft: ["awaiting_signatures", "cancelled"],
  awaiting_signatures: ["signed", "cancelled"],
  signed: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

const REFUSALS: Partial<Record<InternshipStatus, string>> = {
  awaiting_signatures: "Seul un stage en préparation peut être envoyé pour signature.",
  signed: "Seule une convention en attente de signatures peut être signée.",
  completed: "Le stage ne peut pas être terminé : sa convention n'est pas signée par les quatre parties.",
  cancelled: "Ce stage est déjà terminé ou annulé.",
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkInternshipTransition(from: InternshipStatus, to: InternshipStatus): TransitionCheck {
  if (INTERNSHIP_TRANSITIONS[from].includes(to)) return { ok: true };
  return { ok: false, message: REFUSALS[to] ?? "Ce changement n'est pas possible." };
}

/** Only a draft is edited: once sent, the agreement the parties sign does not change. */
export const isEditable = (status: InternshipStatus) => status === "draft";

export const UNSIGNED_START_MESSAGE = "Ne peut pas commencer : convention non signée";

/**
 * No internship starts unsigned: from its start date (Paris calendar day `today`), an internship that is
 * neither signed nor over nor cancelled is blocked.
 */
export function startBlocked(internship: { status: InternshipStatus; startDate: string }, today: string) {
  return (
    (internship.status === "draft" || internship.status === "awaiting_signatures") &&
    internship.startDate <= today
  );
}
