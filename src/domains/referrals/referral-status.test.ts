import { describe, expect, it } from "vitest";
import {
  ACTOR_KINDS,
  type ActorKind,
  allowedTransitions,
  checkTransition,
  isOpen,
  isUnanswered,
  MAX_REASON_LENGTH,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFUSAL_REASON_DETAILS,
  REFUSAL_REASONS,
  type ReferralStatus,
  reasonRequired,
  type TransitionReason,
} from "./referral-status";

/** Every allowed (from, to, actor), written out by hand: the matrix below is checked against this, not the module. */
const EXPECTED_ALLOWED = `
  sent                -> under_review        : training_organisation
  under_review        -> information_session : training_organisation
  under_review        -> admission_interview : training_organisation
  information_session -> admission_interview : training_organisation
  information_session -> waiting_list        : training_organisation
  admission_interview -> waiting_list        : training_organisation
  information_session -> accepted            : training_organisation
  admission_interview -> accepted            : training_organisation
  waiting_list        -> accepted            : training_organisation
  accepted            -> entered             : training_organisation
  sent                -> refused             : training_organisation
  under_review        -> refused             : training_organisation
  information_session -> refused             : training_organisation
  admission_interview -> refused             : training_organisation
  waiting_list        -> refused             : training_organisation
  accepted            -> refused             : training_organisation
  sent                -> withdrawn           : prescriber
  under_review        -> withdrawn           : prescriber
  information_session -> withdrawn           : prescriber
  admission_interview -> withdrawn           : prescriber
  waiting_list        -> withdrawn           : prescriber
  accepted            -> withdrawn           : prescriber
  sent                -> withdrawn           : person
  under_review        -> withdrawn           : person
  information_session -> withdrawn           : person
  admission_interview -> withdrawn           : person
  waiting_list        -> withdrawn           : person
  accepted            -> withdrawn           : person
  sent                -> expired             : system
  under_review        -> expired             : system
`
  .trim()
  .split("\n")
  .map((line) => line.replace(/\s+/g, " ").trim());

const key = (from: string, to: string, actor: string) => `${from} -> ${to} : ${actor}`;

/** A reason that satisfies any declared transition, so that a refusal below is about the move itself. */
const validReasonFor = (to: ReferralStatus): TransitionReason | undefined =>
  to === "refused"
    ? { code: "unreachable" }
    : to === "withdrawn"
      ? { text: "A trouvé un emploi" }
      : undefined;

const matrix = REFERRAL_STATUSES.flatMap((from) =>
  REFERRAL_STATUSES.flatMap((to) => ACTOR_KINDS.map((actorKind) => ({ from, to, actorKind }))),
);
const allowed = matrix.filter(({ from, to, actorKind }) =>
  EXPECTED_ALLOWED.includes(key(from, to, actorKind)),
);
const forbidden = matrix.filter(
  ({ from, to, actorKind }) => !EXPECTED_ALLOWED.includes(key(from, to, actorKind)),
);

describe("referral transitions: the full matrix", () => {
  it("covers 10 statuses × 10 statuses × 4 actor kinds, 30 of them allowed", () => {
    expect(REFERRAL_STATUSES).toHaveLength(10);
    expect(ACTOR_KINDS).toHaveLength(4);
    expect(new Set(EXPECTED_ALLOWED).size).toBe(30);
    expect(allowed).toHaveLength(30);
    expect(forbidden).toHaveLength(370);
  });

  it.each(allowed)("allows $from → $to by $actorKind", ({ from, to, actorKind }) => {
    expect(checkTransition({ from, to, actorKind, reason: validReasonFor(to) })).toEqual({ ok: true });
  });

  it("refuses every other combination, with a French message, even with a valid reason", () => {
    for (const { from, to, actorKind } of forbidden) {
      const result = checkTransition({ from, to, actorKind, reason: validReasonFor(to) });
      expect(result, key(from, to, actorKind)).toEqual({ ok: false, message: expect.any(String) });
      if (!result.ok) expect(result.message, key(from, to, actorKind)).toMatch(/^[A-ZÀ-Ý].*\.$/);
    }
  });

  it("lists for each status and actor kind exactly the allowed targets", () => {
    for (const from of REFERRAL_STATUSES) {
      for (const actorKind of ACTOR_KINDS) {
        const expected = REFERRAL_STATUSES.filter((to) =>
          EXPECTED_ALLOWED.includes(key(from, to, actorKind)),
        );
        expect([...allowedTransitions(from, actorKind)].sort(), `${from} / ${actorKind}`).toEqual(
          [...expected].sort(),
        );
      }
    }
  });
});

describe("open and terminal statuses", () => {
  const OPEN: ReferralStatus[] = [
    "sent",
    "under_review",
    "information_session",
    "admission_interview",
    "waiting_list",
    "accepted",
  ];
  const TERMINAL: ReferralStatus[] = ["entered", "refused", "withdrawn", "expired"];

  it("knows which statuses are open", () => {
    for (const status of OPEN) expect(isOpen(status), status).toBe(true);
    for (const status of TERMINAL) expect(isOpen(status), status).toBe(false);
  });

  it("lets nobody move a referral out of a terminal status", () => {
    for (const from of TERMINAL) {
      for (const actorKind of ACTOR_KINDS) expect(allowedTransitions(from, actorKind)).toEqual([]);
    }
  });

  it("says so in plain French", () => {
    const attempt = (from: ReferralStatus) =>
      checkTransition({ from, to: "accepted", actorKind: "training_organisation" });
    expect(attempt("refused")).toEqual({
      ok: false,
      message: "Une prescription refusée ne peut plus changer de statut.",
    });
    expect(attempt("entered")).toEqual({
      ok: false,
      message: "Une prescription entrée en parcours ne peut plus changer de statut.",
    });
    expect(attempt("withdrawn")).toEqual({
      ok: false,
      message: "Une prescription retirée ne peut plus changer de statut.",
    });
    expect(attempt("expired")).toEqual({
      ok: false,
      message: "Une prescription expirée ne peut plus changer de statut.",
    });
  });

  it("has a French label for every status", () => {
    expect(REFERRAL_STATUS_LABELS).toEqual({
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
    });
  });
});

describe("messages for a forbidden move", () => {
  it("names both statuses of an undeclared transition", () => {
    expect(checkTransition({ from: "sent", to: "accepted", actorKind: "training_organisation" })).toEqual({
      ok: false,
      message: "Une prescription au statut « Envoyée » ne peut pas passer au statut « Acceptée ».",
    });
  });

  it("names who may make a declared transition", () => {
    expect(checkTransition({ from: "accepted", to: "entered", actorKind: "prescriber" })).toEqual({
      ok: false,
      message: "Le passage au statut « Entrée en parcours » est réservé à l'organisme de formation.",
    });
    expect(
      checkTransition({
        from: "sent",
        to: "withdrawn",
        actorKind: "training_organisation",
        reason: { text: "x" },
      }),
    ).toEqual({
      ok: false,
      message: "Le passage au statut « Retirée » est réservé au prescripteur ou à la personne elle-même.",
    });
    expect(checkTransition({ from: "sent", to: "expired", actorKind: "training_organisation" })).toEqual({
      ok: false,
      message: "Le passage au statut « Expirée » est réservé à l'expiration automatique.",
    });
  });

  it("refuses a move to the same status", () => {
    expect(
      checkTransition({ from: "waiting_list", to: "waiting_list", actorKind: "training_organisation" }),
    ).toEqual({ ok: false, message: "La prescription est déjà au statut « Sur liste d'attente »." });
  });

  it("refuses an unknown status or actor kind coming from outside", () => {
    const unknown = "approved" as ReferralStatus;
    expect(checkTransition({ from: "sent", to: unknown, actorKind: "training_organisation" })).toEqual({
      ok: false,
      message: "Statut inconnu : « approved ».",
    });
    expect(
      checkTransition({ from: unknown, to: "accepted", actorKind: "training_organisation" }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      checkTransition({ from: "sent", to: "under_review", actorKind: "region" as ActorKind }),
    ).toMatchObject({ ok: false });
  });
});

describe("reasons", () => {
  const refuse = (reason?: TransitionReason) =>
    checkTransition({
      from: "admission_interview",
      to: "refused",
      actorKind: "training_organisation",
      reason,
    });
  const withdraw = (reason?: TransitionReason) =>
    checkTransition({ from: "waiting_list", to: "withdrawn", actorKind: "person", reason });

  it("declares which transitions need which reason", () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const expected = !isOpen(from)
          ? undefined
          : to === "refused"
            ? "refusal_reason"
            : to === "withdrawn"
              ? "free_text"
              : undefined;
        expect(reasonRequired(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it("requires a refusal reason from the list", () => {
    expect(refuse()).toEqual({ ok: false, message: "Indiquez le motif du refus." });
    expect(refuse({ text: "Pas de place" })).toEqual({ ok: false, message: "Indiquez le motif du refus." });
    expect(refuse({ code: "" })).toEqual({ ok: false, message: "Indiquez le motif du refus." });
    expect(refuse({ code: "no_reason" })).toEqual({
      ok: false,
      message: "Motif de refus inconnu : « no_reason ».",
    });
    for (const code of REFUSAL_REASONS.filter((reason) => reason !== "other")) {
      expect(refuse({ code }), code).toEqual({ ok: true });
    }
    expect(refuse({ code: "not_target_public", text: "Déjà en formation qualifiante" })).toEqual({
      ok: true,
    });
  });

  it("requires the « other » refusal reason to be spelled out", () => {
    expect(refuse({ code: "other" })).toEqual({ ok: false, message: "Précisez le motif du refus." });
    expect(refuse({ code: "other", text: "   " })).toEqual({
      ok: false,
      message: "Précisez le motif du refus.",
    });
    expect(refuse({ code: "other", text: "Déménagement hors région" })).toEqual({ ok: true });
  });

  it("shares a refusal reason with the prescriber only when the reason allows it", () => {
    expect(refuse({ code: "did_not_attend", shareWithPrescriber: true })).toEqual({ ok: true });
    expect(refuse({ code: "health_or_personal_situation", shareWithPrescriber: false })).toEqual({
      ok: true,
    });
    expect(refuse({ code: "health_or_personal_situation", shareWithPrescriber: true })).toEqual({
      ok: false,
      message:
        "Le motif « Situation de santé ou personnelle incompatible à ce jour » ne peut pas être communiqué au prescripteur.",
    });
  });

  it("labels every refusal reason in French, and keeps health and personal situations from the prescriber", () => {
    for (const code of REFUSAL_REASONS) expect(REFUSAL_REASON_DETAILS[code].label, code).not.toBe("");
    expect(REFUSAL_REASONS.filter((code) => !REFUSAL_REASON_DETAILS[code].mayShareWithPrescriber)).toEqual([
      "health_or_personal_situation",
    ]);
  });

  it("requires a free reason for a withdrawal", () => {
    expect(withdraw()).toEqual({ ok: false, message: "Indiquez le motif du retrait." });
    expect(withdraw({ text: " \n\t " })).toEqual({ ok: false, message: "Indiquez le motif du retrait." });
    expect(withdraw({ text: "A trouvé un emploi" })).toEqual({ ok: true });
    expect(withdraw({ code: "unreachable", text: "x" })).toEqual({
      ok: false,
      message: "Un motif de refus ne s'indique que pour un refus.",
    });
  });

  it("takes an optional comment on any other transition, but no refusal reason", () => {
    const accept = (reason?: TransitionReason) =>
      checkTransition({ from: "waiting_list", to: "accepted", actorKind: "training_organisation", reason });
    expect(accept()).toEqual({ ok: true });
    expect(accept({ text: "Une place s'est libérée" })).toEqual({ ok: true });
    expect(accept({ code: "other" })).toEqual({
      ok: false,
      message: "Un motif de refus ne s'indique que pour un refus.",
    });
    expect(accept({ shareWithPrescriber: true })).toMatchObject({ ok: false });
    expect(checkTransition({ from: "sent", to: "expired", actorKind: "system" })).toEqual({ ok: true });
  });

  it("limits a reason to 1 000 characters", () => {
    expect(MAX_REASON_LENGTH).toBe(1000);
    expect(withdraw({ text: "a".repeat(1000) })).toEqual({ ok: true });
    expect(withdraw({ text: "a".repeat(1001) })).toEqual({
      ok: false,
      message: "Le motif ne doit pas dépasser 1\u202f000 caractères.",
    });
    expect(refuse({ code: "other", text: "a".repeat(1001) })).toMatchObject({ ok: false });
  });
});

describe("unanswered referrals", () => {
  const sentAt = new Date("2026-01-10T22:59:00Z"); // 10 January, 23:59 in Paris
  const flagged = (now: string, status: ReferralStatus = "sent", thresholdDays?: number) =>
    isUnanswered({ status, sentAt, now: new Date(now), thresholdDays });

  it("flags from the 30th calendar day in Paris, by default", () => {
    expect(flagged("2026-02-08T22:59:00Z")).toBe(false); // 8 February, 23:59: 29 days
    expect(flagged("2026-02-08T23:00:00Z")).toBe(true); // 9 February, 00:00: 30 days, 29 days and a minute later
    expect(flagged("2026-02-09T12:00:00Z")).toBe(true);
  });

  it("takes a configured threshold: exactly N days flags, N − 1 does not", () => {
    expect(flagged("2026-01-16T12:00:00Z", "sent", 7)).toBe(false); // 16 January: 6 days
    expect(flagged("2026-01-17T12:00:00Z", "sent", 7)).toBe(true); // 17 January: 7 days
    expect(flagged("2026-01-10T23:30:00Z", "sent", 1)).toBe(true); // 11 January, 00:30: 1 day, 31 minutes later
    expect(flagged("2026-01-10T22:59:30Z", "sent", 1)).toBe(false); // still 10 January
  });

  it("flags only a referral still sent or under review", () => {
    const late = "2026-06-01T12:00:00Z";
    expect(flagged(late, "sent")).toBe(true);
    expect(flagged(late, "under_review")).toBe(true);
    for (const status of REFERRAL_STATUSES.filter((s) => s !== "sent" && s !== "under_review")) {
      expect(flagged(late, status), status).toBe(false);
    }
  });

  it("counts calendar days across the spring DST change (29 March 2026)", () => {
    const sent = new Date("2026-03-01T22:30:00Z"); // 1 March, 23:30 in Paris (UTC+1)
    const at = (now: string) => isUnanswered({ status: "under_review", sentAt: sent, now: new Date(now) });
    expect(at("2026-03-30T21:50:00Z")).toBe(false); // 30 March, 23:50 (UTC+2): 29 days
    expect(at("2026-03-30T22:10:00Z")).toBe(true); // 31 March, 00:10: 30 days, though under 29 × 24 h later
  });

  it("counts calendar days across the autumn DST change (25 October 2026)", () => {
    const sent = new Date("2026-10-01T22:00:00Z"); // 2 October, 00:00 in Paris (UTC+2)
    const at = (now: string) => isUnanswered({ status: "sent", sentAt: sent, now: new Date(now) });
    expect(at("2026-10-31T22:59:00Z")).toBe(false); // 31 October, 23:59 (UTC+1): 29 days, though over 30 × 24 h later
    expect(at("2026-10-31T23:00:00Z")).toBe(true); // 1 November, 00:00: 30 days
  });

  it("never flags a referral sent after now", () => {
    expect(isUnanswered({ status: "sent", sentAt, now: new Date("2025-12-01T00:00:00Z") })).toBe(false);
  });

  it("rejects a threshold that is not a positive whole number of days", () => {
    for (const thresholdDays of [0, -1, 1.5, Number.NaN]) {
      expect(() => flagged("2026-02-09T12:00:00Z", "sent", thresholdDays)).toThrow(RangeError);
    }
  });
});
