import {
  type ActorKind,
  REFUSAL_REASON_DETAILS,
  type ReferralStatus,
  type RefusalReason,
  type TerminalStatus,
} from "../../domains/referrals/referral-status";
import type { ReferralKind } from "../../domains/referrals/referral-vocabulary";
import type { Random } from "../territory/random";
import { OTHER_REFUSAL_TEXT, WITHDRAWAL_REASONS } from "./demo-wording";

/**
 * The way a demo referral went, from « sent » to its end, along the state machine's transitions
 * (`TRANSITIONS` in `referral-status.ts`; the demo's test checks every step against it), with the
 * number of days between steps.
 */
export type DemoStep = {
  to: ReferralStatus;
  actorKind: ActorKind;
  /** Days after the previous step, or after its appointment when it was an invitation. */
  gap: number;
  /** For an invitation: days from the invitation to the appointment. */
  appointmentGap?: number;
  reasonCode?: RefusalReason;
  reasonText?: string;
  sharedWithPrescriber?: boolean;
};

/** How demo referrals end, in per cent, by kind. */
const OUTCOMES: Record<ReferralKind, [TerminalStatus, number][]> = {
  prescription: [
    ["entered", 42],
    ["refused", 25],
    ["withdrawn", 18],
    ["expired", 15],
  ],
  self_referral: [
    ["entered", 30],
    ["refused", 30],
    ["withdrawn", 25],
    ["expired", 15],
  ],
};

/** A demo referral not answered in this many days has expired. */
const EXPIRY_DAYS = 45;

const INVITATIONS: ReferralStatus[][] = [
  ["information_session"],
  ["admission_interview"],
  ["information_session", "admission_interview"],
];

const EARLY_REFUSALS: RefusalReason[] = ["not_target_public", "unreachable", "project_already_defined"];
const LATE_REFUSALS: RefusalReason[] = [
  "did_not_attend",
  "did_not_attend",
  "person_declined",
  "not_target_public",
  "project_already_defined",
  "site_unreachable",
  "health_or_personal_situation",
  "other",
];

export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random.next() * total;
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error("no choice");
  return last[0];
}

const site = (to: ReferralStatus, gap: number, appointmentGap?: number): DemoStep => ({
  to,
  actorKind: "training_organisation",
  gap,
  appointmentGap,
});

/** The steps after « sent », ending in a terminal status. */
export function demoPath(random: Random, kind: ReferralKind): DemoStep[] {
  const outcome = weighted(random, OUTCOMES[kind]);
  const review = () => site("under_review", random.integer(1, 5));
  const invitations = () =>
    random.pick(INVITATIONS).map((to) => site(to, random.integer(1, 4), random.integer(4, 10)));
  switch (outcome) {
    case "entered": {
      const waiting = random.next() < 0.2 ? [site("waiting_list", random.integer(0, 2))] : [];
      return [
        review(),
        ...invitations(),
        ...waiting,
        site("accepted", waiting.length > 0 ? random.integer(3, 15) : random.integer(0, 3)),
        site("entered", random.integer(3, 10)),
      ];
    }
    case "refused": {
      const stage = random.integer(0, 2);
      const before = [...(stage > 0 ? [review()] : []), ...(stage > 1 ? invitations() : [])];
      const reasonCode = random.pick(stage > 1 ? LATE_REFUSALS : EARLY_REFUSALS);
      return [
        ...before,
        {
          ...site("refused", random.integer(1, 6)),
          reasonCode,
          reasonText: reasonCode === "other" ? OTHER_REFUSAL_TEXT : undefined,
          sharedWithPrescriber:
            REFUSAL_REASON_DETAILS[reasonCode].mayShareWithPrescriber && random.next() < 0.8,
        },
      ];
    }
    case "withdrawn": {
      const stage = random.integer(0, 2);
      const before = [...(stage > 0 ? [review()] : []), ...(stage > 1 ? invitations().slice(0, 1) : [])];
      const byPrescriber = kind === "prescription" && random.next() < 0.75;
      return [
        ...before,
        {
          to: "withdrawn",
          actorKind: byPrescriber ? "prescriber" : "person",
          gap: random.integer(2, 12),
          reasonText: random.pick(WITHDRAWAL_REASONS),
        },
      ];
    }
    case "expired": {
      const reviewed = random.next() < 0.4 ? [review()] : [];
      const waited = reviewed.reduce((days, step) => days + step.gap, 0);
      return [...reviewed, { to: "expired", actorKind: "system", gap: EXPIRY_DAYS - waited }];
    }
  }
}
