import { ACTION_OWNER_LABELS } from "../../../../src/domains/outcomes/next-step";
import { formatParisDateTime } from "../../../../src/domains/paris-time";
import { INTERVIEW_STATE_LABELS } from "../../../../src/domains/tripartite-interviews/interview-rules";
import { plainNextStep } from "../../../../src/domains/tripartite-interviews/plain-next-step";
import { formatDate } from "../../ui/dates";
import type { TripartiteInterview } from "./interviews-api";

/** « jeudi 10 décembre 2026 à 14:30 », Paris time. */
export const formatMeeting = (instant: string) => formatParisDateTime(new Date(instant));

/** « À organiser », « Planifié le … », « Tenu le … », « Non tenu »: what the badge and the Region read. */
export function stateText(interview: TripartiteInterview): string {
  switch (interview.state) {
    case "scheduled":
      return `Planifié le ${formatMeeting(interview.scheduledAt as string)}`;
    case "held":
      return `Tenu le ${formatDate(interview.heldOn)}`;
    case "upcoming":
      return interview.dueDate ? `À organiser à partir du ${formatDate(interview.dueDate)}` : "À venir";
    default:
      return INTERVIEW_STATE_LABELS[interview.state];
  }
}

/** The agreed next step in plain words for the trainee. */
export const plainNextStepText = (step: NonNullable<TripartiteInterview["nextStep"]>) =>
  plainNextStep(step, formatDate);

export const ownerLabel = (owner: keyof typeof ACTION_OWNER_LABELS) => ACTION_OWNER_LABELS[owner];

/** The pathway's « Entretien tripartite » tab. */
export const interviewTab = (pathwayId: string) => `/parcours/${pathwayId}?onglet=entretien-tripartite`;
