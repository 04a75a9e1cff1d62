/**
 * The life of a referral (prescription) or a self-referral (auto-positionnement), as data: its statuses,
 * the transitions between them and who may perform each, and the reasons some of them need. Pure rules,
 * no I/O: the use cases check a change here before writing it and its history row.
 */

export const REFERRAL_STATUSES = [
  "sent",
  "under_review",
  "information_session",
  "admission_interview",
  "waiting_list",
  "accepted",
  "entered",
  "refused",
  "withdrawn",
  "expired",
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: "Envoyée",
  under_review: "En cours d'examen",
  information_session: "Invitée en information collective",
  admission_interview: "Invitée en entretien de positionnement",
  waiting_list: "Sur liste d'attente",
  accepted: "Acceptée",
  entered: "Entrée en parcours",
  refused: "Refusée",
  withdrawn: "Retirée",
  expired: "Expirée",
};

/** Once here, a referral never changes again. */
export const TERMINAL_STATUSES = [
  "entered",
  "refused",
  "withdrawn",
  "expired",
] as const satisfies readonly ReferralStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

/** Still waiting for an answer, an invitation's outcome, a place or the entry. */
export const OPEN_STATUSES = REFERRAL_STATUSES.filter(
  (status) => !(TERMINAL_STATUSES as readonly ReferralStatus[]).includes(status),
);

/** The statuses in which a referral counts as unanswered once it is old enough. */
export const UNANSWERED_STATUSES = ["sent", "under_review"] as const satisfies readonly ReferralStatus[];

/**
 * Who performs a change: the receiving site's people (manager or staff), the sending prescriber
 * organisation's people, the self-referring person, or the expiry job. Whether this user belongs to
 * that site, organisation or referral is checked by the authorization policies, not here.
 */
export const ACTOR_KINDS = ["training_organisation", "prescriber", "person", "system"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  training_organisation: "Organisme de formation",
  prescriber: "Prescripteur",
  person: "Personne",
  system: "Expiration automatique",
};

/** "réservé à l'organisme de formation" — each actor kind after « à ». */
const RESERVED_TO: Record<ActorKind, string> = {
  training_organisation: "à l'organisme de formation",
  prescriber: "au prescripteur",
  person: "à la personne elle-même",
  system: "à l'expiration automatique",
};

/** A refusal's reason comes from this list; the free-text `other` must be spelled out. */
export const REFUSAL_REASONS = [
  "not_target_public",
  "project_already_defined",
  "did_not_attend",
  "unreachable",
  "person_declined",
  "site_unreachable",
  "health_or_personal_situation",
  "other",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/**
 * Each refusal reason's French label, and whether the site may share it with the prescriber
 * (a health or personal situation stays with the site).
 */
export const REFUSAL_REASON_DETAILS: Record<
  RefusalReason,
  { label: string; mayShareWithPrescriber: boolean }
> = {
  not_target_public: { label: "Ne relève pas du public du dispositif", mayShareWithPrescriber: true },
  project_already_defined: {
    label: "Projet professionnel déjà défini : orientation vers une formation qualifiante ou un emploi",
    mayShareWithPrescriber: true,
  },
  did_not_attend: {
    label: "Absence à l'information collective ou à l'entretien de positionnement",
    mayShareWithPrescriber: true,
  },
  unreachable: { label: "Personne injoignable", mayShareWithPrescriber: true },
  person_declined: { label: "La personne ne souhaite pas entrer en parcours", mayShareWithPrescriber: true },
  site_unreachable: {
    label: "Site trop éloigné ou inaccessible pour la personne",
    mayShareWithPrescriber: true,
  },
  health_or_personal_situation: {
    label: "Situation de santé ou personnelle incompatible à ce jour",
    mayShareWithPrescriber: false,
  },
  other: { label: "Autre motif (à préciser)", mayShareWithPrescriber: true },
};

/** What a transition needs: a refusal reason from the list, or a free text. */
export type ReasonRequirement = "refusal_reason" | "free_text";

export type TransitionRule = {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: readonly ActorKind[];
  reason?: ReasonRequirement;
};

/**
 * Every declared transition, in one table; anything not here is forbidden.
 * A site that is full puts an assessed person on the waiting list, and accepts them when a place frees up.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: ["sent"], to: "under_review", by: ["training_organisation"] },
  { from: ["under_review"], to: "information_session", by: ["training_organisation"] },
  { from: ["under_review", "information_session"], to: "admission_interview", by: ["training_organisation"] },
  { from: ["information_session", "admission_interview"], to: "waiting_list", by: ["training_organisation"] },
  {
    from: ["information_session", "admission_interview", "waiting_list"],
    to: "accepted",
    by: ["training_organisation"],
  },
  { from: ["accepted"], to: "entered", by: ["training_organisation"] },
  { from: OPEN_STATUSES, to: "refused", by: ["training_organisation"], reason: "refusal_reason" },
  { from: OPEN_STATUSES, to: "withdrawn", by: ["prescriber", "person"], reason: "free_text" },
  { from: ["sent", "under_review"], to: "expired", by: ["system"] },
];

/** The longest reason a history row keeps. */
export const MAX_REASON_LENGTH = 1000;

/** Why a change is made: a refusal reason's id (and whether it is shared with the prescriber), or a text. */
export type TransitionReason = { code?: string; text?: string; shareWithPrescriber?: boolean };

export type TransitionRequest = {
  from: ReferralStatus;
  to: ReferralStatus;
  actorKind: ActorKind;
  reason?: TransitionReason;
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function isReferralStatus(value: unknown): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly unknown[]).includes(value);
}

export function isRefusalReason(value: unknown): value is RefusalReason {
  return (REFUSAL_REASONS as readonly unknown[]).includes(value);
}

export function isOpen(status: ReferralStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function isTerminal(status: ReferralStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

function ruleFor(from: ReferralStatus, to: ReferralStatus): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.to === to && rule.from.includes(from));
}

/** The statuses `actorKind` may move a referral to from `from`, in the table's order. */
export function allowedTransitions(from: ReferralStatus, actorKind: ActorKind): ReferralStatus[] {
  return TRANSITIONS.filter((rule) => rule.from.includes(from) && rule.by.includes(actorKind)).map(
    (rule) => rule.to,
  );
}

/** What the transition from `from` to `to` needs as a reason, if it is declared and needs one. */
export function reasonRequired(from: ReferralStatus, to: ReferralStatus): ReasonRequirement | undefined {
  return ruleFor(from, to)?.reason;
}

const TERMINAL_WORDING: Record<TerminalStatus, string> = {
  entered: "entrée en parcours",
  refused: "refusée",
  withdrawn: "retirée",
  expired: "expirée",
};

const fail = (message: string): TransitionCheck => ({ ok: false, message });
const quoted = (status: ReferralStatus) => `« ${REFERRAL_STATUS_LABELS[status]} »`;

/** May `actorKind` move a referral from `from` to `to`, with this reason? If not, why, in plain French. */
export function checkTransition({ from, to, actorKind, reason }: TransitionRequest): TransitionCheck {
  if (!isReferralStatus(from)) return fail(`Statut inconnu : « ${String(from)} ».`);
  if (!isReferralStatus(to)) return fail(`Statut inconnu : « ${String(to)} ».`);
  if (!(ACTOR_KINDS as readonly unknown[]).includes(actorKind)) {
    return fail("Ce changement de statut ne peut pas être fait par cet intervenant.");
  }
  if (isTerminal(from))
    return fail(`Une prescription ${TERMINAL_WORDING[from]} ne peut plus changer de statut.`);
  if (from === to) return fail(`La prescription est déjà au statut ${quoted(to)}.`);
  const rule = ruleFor(from, to);
  if (!rule) {
    return fail(`Une prescription au statut ${quoted(from)} ne peut pas passer au statut ${quoted(to)}.`);
  }
  if (!rule.by.includes(actorKind)) {
    const who = rule.by.map((kind) => RESERVED_TO[kind]).join(" ou ");
    return fail(`Le passage au statut ${quoted(to)} est réservé ${who}.`);
  }
  return checkReason(rule.reason, reason);
}

function checkReason(
  requirement: ReasonRequirement | undefined,
  reason: TransitionReason = {},
): TransitionCheck {
  const text = reason.text?.trim() ?? "";
  if (text.length > MAX_REASON_LENGTH) {
    return fail(`Le motif ne doit pas dépasser ${MAX_REASON_LENGTH.toLocaleString("fr-FR")} caractères.`);
  }
  if (requirement !== "refusal_reason" && (reason.code !== undefined || reason.shareWithPrescriber)) {
    return fail("Un motif de refus ne s'indique que pour un refus.");
  }
  if (requirement === "refusal_reason") {
    if (reason.code === undefined || reason.code === "") return fail("Indiquez le motif du refus.");
    if (!isRefusalReason(reason.code)) return fail(`Motif de refus inconnu : « ${reason.code} ».`);
    const details = REFUSAL_REASON_DETAILS[reason.code];
    if (reason.code === "other" && text === "") return fail("Précisez le motif du refus.");
    if (reason.shareWithPrescriber && !details.mayShareWithPrescriber) {
      return fail(`Le motif « ${details.label} » ne peut pas être communiqué au prescripteur.`);
    }
  }
  if (requirement === "free_text" && text === "") return fail("Indiquez le motif du retrait.");
  return { ok: true };
}

/** How long a referral may stay unanswered before it is flagged to the site, unless configured otherwise. */
export const DEFAULT_UNANSWERED_THRESHOLD_DAYS = 30;

const parisDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Days from the Paris calendar date of `start` to that of `end`, whatever the hours and DST changes. */
export function parisCalendarDaysBetween(start: Date, end: Date): number {
  const dayNumber = (date: Date) => {
    const parts = Object.fromEntries(parisDate.formatToParts(date).map((part) => [part.type, part.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / 86_400_000;
  };
  return dayNumber(end) - dayNumber(start);
}

/**
 * Has this referral been left unanswered (sent or under review) for `thresholdDays` calendar days or more,
 * counted in Paris? Sent on 1 March with a threshold of 30: flagged from 31 March, at any hour.
 */
export function isUnanswered({
  status,
  sentAt,
  now,
  thresholdDays = DEFAULT_UNANSWERED_THRESHOLD_DAYS,
}: {
  status: ReferralStatus;
  sentAt: Date;
  now: Date;
  thresholdDays?: number;
}): boolean {
  if (!Number.isInteger(thresholdDays) || thresholdDays < 1) {
    throw new RangeError(`thresholdDays must be a positive whole number of days, got ${thresholdDays}`);
  }
  if (!(UNANSWERED_STATUSES as readonly ReferralStatus[]).includes(status)) return false;
  return parisCalendarDaysBetween(sentAt, now) >= thresholdDays;
}
