import { z } from "zod";
import { isoDate, optionalText } from "../fields.schemas";
import type { Situation } from "./situation-vocabulary";

/**
 * The next step (suite de parcours) agreed at the tripartite interview and confirmed at exit. Shared by
 * the server and the web; no I/O.
 */
export const NEXT_STEP_KINDS = [
  "qualifying_training_prf",
  "qualifying_training_other",
  "apprenticeship",
  "employment",
  "job_search",
  "other",
] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

export const NEXT_STEP_KIND_LABELS: Record<NextStepKind, string> = {
  qualifying_training_prf: "Formation qualifiante du PRF",
  qualifying_training_other: "Autre formation qualifiante",
  apprenticeship: "Apprentissage",
  employment: "Emploi",
  job_search: "Recherche d'emploi accompagnée",
  other: "Autre",
};

export const CONTRACT_TYPES = [
  "cdi",
  "cdd_6_months_or_more",
  "cdd_under_6_months",
  "temporary_6_months_or_more",
  "temporary_under_6_months",
  "business_creation",
  "other",
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  cdi: "CDI",
  cdd_6_months_or_more: "CDD de 6 mois ou plus",
  cdd_under_6_months: "CDD de moins de 6 mois",
  temporary_6_months_or_more: "Intérim de 6 mois ou plus",
  temporary_under_6_months: "Intérim de moins de 6 mois",
  business_creation: "Création d'entreprise",
  other: "Autre contrat",
};

const DURABLE_CONTRACTS: readonly ContractType[] = [
  "cdi",
  "cdd_6_months_or_more",
  "temporary_6_months_or_more",
  "business_creation",
];

/** Who carries out an action agreed at the tripartite interview. */
export const ACTION_OWNERS = ["prescriber", "training_organisation", "trainee"] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

export const ACTION_OWNER_LABELS: Record<ActionOwner, string> = {
  prescriber: "Prescripteur (référent·e)",
  training_organisation: "Organisme de formation",
  trainee: "Stagiaire",
};

export const nextStepSchema = z
  .object({
    kind: z.enum(NEXT_STEP_KINDS, "Choisissez la suite de parcours."),
    /** The training's title, the employer or the apprenticeship's trade. */
    title: optionalText(200),
    startDate: z.preprocess((value) => (value === "" ? null : value), isoDate.nullable().default(null)),
    contractType: z.preprocess(
      (value) => (value === "" ? null : value),
      z.enum(CONTRACT_TYPES, "Type de contrat inconnu.").nullable().default(null),
    ),
    /** A job search's plan, or what « other » means. */
    plan: optionalText(2000),
  })
  .superRefine((step, context) => {
    const training = step.kind === "qualifying_training_prf" || step.kind === "qualifying_training_other";
    if (training && !step.title)
      context.addIssue({ code: "custom", path: ["title"], message: "Indiquez l'intitulé de la formation." });
    if (training && !step.startDate)
      context.addIssue({
        code: "custom",
        path: ["startDate"],
        message: "Indiquez la date d'entrée en formation.",
      });
    if (step.kind === "employment" && !step.contractType)
      context.addIssue({ code: "custom", path: ["contractType"], message: "Indiquez le type de contrat." });
    if ((step.kind === "job_search" || step.kind === "other") && !step.plan)
      context.addIssue({ code: "custom", path: ["plan"], message: "Décrivez le plan d'action." });
  });
export type NextStep = z.infer<typeof nextStepSchema>;

/** The situation a next step leads to, offered as the situation at exit (the staff may say otherwise). */
export function situationOfNextStep(step: Pick<NextStep, "kind" | "contractType">): Situation {
  switch (step.kind) {
    case "qualifying_training_prf":
    case "qualifying_training_other":
    case "apprenticeship":
      return step.kind;
    case "employment":
      return step.contractType && DURABLE_CONTRACTS.includes(step.contractType)
        ? "employment_durable"
        : "employment_short";
    case "job_search":
      return "job_seeking";
    case "other":
      return "unknown";
  }
}

/**
 * A next step in one line for professionals (the pathway's screens, the referent's e-mail), each with its
 * own way of writing a date: « Emploi — CDI — Boulangerie Lacoste — à partir du 5 janvier 2027 ».
 */
export function describeNextStep(step: NextStep, formatDate: (day: string) => string): string {
  const parts: string[] = [NEXT_STEP_KIND_LABELS[step.kind]];
  if (step.contractType) parts.push(CONTRACT_TYPE_LABELS[step.contractType]);
  if (step.title) parts.push(step.title);
  if (step.startDate) parts.push(`à partir du ${formatDate(step.startDate)}`);
  if (step.plan) parts.push(step.plan);
  return parts.join(" — ");
}
