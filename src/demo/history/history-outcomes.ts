import type { ExitReason, Situation } from "../../domains/outcomes/situation-vocabulary";
import type { QualificationLevel } from "../../domains/people/profile-vocabulary";
import { weighted } from "../referrals/demo-paths";
import type { Random } from "../territory/random";

/**
 * The profiles and outcomes of the synthetic 2019–2020 pathways, in per cent, after the 2021 evaluation
 * (`shared/seed/evaluation-amorce-de-parcours-2021.txt`): half at or below CAP/BEP, two thirds without
 * work in the 12 months before, 5 % in qualifying training a year before and 24 % six months after (a
 * little more than half in a PRF training), 13.5 % going on to a PRF training, 15 % in durable employment,
 * half with a project identified or confirmed, nearly a third whose situation did not really improve.
 * What the evaluation does not give (exit reasons, the answer rate) is plausible for these people.
 */

const QUALIFICATION_SHARES: [QualificationLevel | null, number][] = [
  ["infra3", 21],
  ["3", 26],
  ["4", 30],
  ["5", 10],
  ["6", 5],
  ["7", 2],
  [null, 6],
];

const SITUATION_BEFORE_SHARES: [Situation, number][] = [
  ["job_seeking", 52],
  ["inactive", 18],
  ["employment_short", 17],
  ["employment_durable", 4],
  ["qualifying_training_other", 3],
  ["qualifying_training_prf", 2],
  ["apprenticeship", 1],
  ["unknown", 3],
];

export const EXIT_REASON_SHARES: [ExitReason, number][] = [
  ["completed", 70],
  ["early_exit_employment", 9],
  ["early_exit_training", 5],
  ["early_exit_health", 5],
  ["early_exit_dropout", 8],
  ["early_exit_other", 3],
];

/** Where a leaver stands at exit, by exit reason. */
const SITUATION_AT_EXIT: Record<ExitReason, [Situation, number][]> = {
  completed: [
    ["qualifying_training_prf", 11],
    ["qualifying_training_other", 7],
    ["apprenticeship", 3.5],
    ["employment_durable", 3.5],
    ["employment_short", 7],
    ["job_seeking", 60],
    ["inactive", 5],
    ["unknown", 3],
  ],
  early_exit_employment: [
    ["employment_durable", 40],
    ["employment_short", 60],
  ],
  early_exit_training: [
    ["qualifying_training_prf", 55],
    ["qualifying_training_other", 35],
    ["apprenticeship", 10],
  ],
  early_exit_health: [
    ["inactive", 60],
    ["unknown", 40],
  ],
  early_exit_dropout: [
    ["unknown", 50],
    ["job_seeking", 35],
    ["inactive", 15],
  ],
  early_exit_other: [
    ["job_seeking", 40],
    ["inactive", 30],
    ["unknown", 30],
  ],
};

/** Still looking for work (or not known) at exit: where they are six months later. */
const AFTER_JOB_SEEKING: [Situation, number][] = [
  ["qualifying_training_prf", 9],
  ["qualifying_training_other", 9],
  ["apprenticeship", 3],
  ["employment_durable", 10.5],
  ["employment_short", 18],
  ["job_seeking", 45.5],
  ["inactive", 5],
];

/** Where a leaver stands six months after exit, by situation at exit. */
const SITUATION_6M: Record<Situation, [Situation, number][]> = {
  qualifying_training_prf: [
    ["qualifying_training_prf", 80],
    ["employment_durable", 5],
    ["employment_short", 5],
    ["job_seeking", 10],
  ],
  qualifying_training_other: [
    ["qualifying_training_other", 75],
    ["employment_durable", 8],
    ["employment_short", 7],
    ["job_seeking", 10],
  ],
  apprenticeship: [
    ["apprenticeship", 90],
    ["job_seeking", 10],
  ],
  employment_durable: [
    ["employment_durable", 85],
    ["employment_short", 5],
    ["job_seeking", 10],
  ],
  employment_short: [
    ["employment_durable", 30],
    ["employment_short", 40],
    ["qualifying_training_other", 5],
    ["job_seeking", 25],
  ],
  job_seeking: AFTER_JOB_SEEKING,
  unknown: AFTER_JOB_SEEKING,
  inactive: [
    ["inactive", 70],
    ["job_seeking", 20],
    ["employment_short", 5],
    ["qualifying_training_prf", 3],
    ["qualifying_training_other", 2],
  ],
};

/** Leavers who answered the questionnaire at 6 months. */
const ANSWER_RATE = 0.58;
/** Of those, who answered each of the two questions on the pathway itself. */
const QUESTION_ANSWER_RATE = 0.95;
const POSITIVE: readonly Situation[] = [
  "employment_durable",
  "employment_short",
  "qualifying_training_prf",
  "qualifying_training_other",
  "apprenticeship",
];

/** Level, situation and work in the 12 months before entry: employed then means worked. */
export function drawProfile(random: Random) {
  const situationBefore12m = weighted(random, SITUATION_BEFORE_SHARES);
  const employed = situationBefore12m === "employment_short" || situationBefore12m === "employment_durable";
  return {
    qualificationLevel: weighted(random, QUALIFICATION_SHARES),
    situationBefore12m,
    workedPrior12m: employed ? true : random.next() < 0.06 ? null : random.next() < 0.14,
  };
}

export type HistoryOutcome = {
  exitReason: ExitReason;
  situationAtExit: Situation;
  /** `null`: no answer at 6 months (and none to the two questions). */
  situation6m: Situation | null;
  projectIdentified: boolean | null;
  situationImproved: boolean | null;
};

/** An exit and, for about 58 % of leavers, the answers at 6 months, in step with where they are. */
export function drawOutcome(random: Random): HistoryOutcome {
  const exitReason = weighted(random, EXIT_REASON_SHARES);
  const situationAtExit = weighted(random, SITUATION_AT_EXIT[exitReason]);
  if (random.next() >= ANSWER_RATE) {
    return {
      exitReason,
      situationAtExit,
      situation6m: null,
      projectIdentified: null,
      situationImproved: null,
    };
  }
  const situation6m = weighted(random, SITUATION_6M[situationAtExit]);
  const positive = POSITIVE.includes(situation6m);
  const answer = (yes: number) => (random.next() < QUESTION_ANSWER_RATE ? random.next() < yes : null);
  return {
    exitReason,
    situationAtExit,
    situation6m,
    projectIdentified: answer(positive ? 0.6 : 0.35),
    situationImproved: answer(positive ? 0.92 : 0.35),
  };
}
