import { z } from "zod";
import type { BarrierTheme } from "../../../../../src/domains/barriers/barrier-catalogue";
import { identityKey } from "../../../../../src/domains/people/identity-key";
import { prescriptionBody } from "../../../../../src/domains/referrals/referrals.schemas";

/**
 * The « Nouvelle prescription » form without React: its values, its four steps, each step's checks (the
 * API's own schema, so the page and the server say the same thing), the body it sends, and where the
 * API's refusals go back to.
 */

export type PersonValues = {
  lastName: string;
  firstName: string;
  birthDate: string;
  franceTravailId: string;
  email: string;
  phone: string;
  communeCode: string;
};

export type PrescriptionValues = {
  person: PersonValues;
  /** A site chosen by the prescriber, or a lot whose consortium chooses the site. */
  destination: "site" | "lot";
  siteId: string | null;
  lotId: string | null;
  motivation: string;
  knownBarriers: BarrierTheme[];
  barriersNote: string;
  availability: string;
  referentUserId: string | null;
};

export const initialPrescription = (referentUserId: string | null): PrescriptionValues => ({
  person: {
    lastName: "",
    firstName: "",
    birthDate: "",
    franceTravailId: "",
    email: "",
    phone: "",
    communeCode: "",
  },
  destination: "site",
  siteId: null,
  lotId: null,
  motivation: "",
  knownBarriers: [],
  barriersNote: "",
  availability: "",
  referentUserId,
});

export const STEP_TITLES = ["La personne", "Où", "Pourquoi", "Référent·e"] as const;
export type Step = 0 | 1 | 2 | 3;
export const LAST_STEP: Step = 3;

/** The step that shows a field (`person.lastName`, `siteId`…); an unknown field belongs to the last one. */
export function stepOf(field: string): Step {
  if (field === "person" || field.startsWith("person.")) return 0;
  if (field === "siteId" || field === "lotId" || field === "destination") return 1;
  if (["motivation", "knownBarriers", "barriersNote", "availability"].includes(field.split(".")[0] ?? "")) {
    return 2;
  }
  return LAST_STEP;
}

/** The first step with an error, if any. */
export function firstStepWithError(errors: Record<string, unknown>): Step | null {
  const steps = Object.keys(errors).map(stepOf);
  return steps.length === 0 ? null : (Math.min(...steps) as Step);
}

/**
 * The API's per-field messages (`details: [{ field, message }]`) by this form's fields, the first message
 * of each: `body.person.lastName` → `person.lastName`; a search's `querystring.birthDate` →
 * `person.birthDate`; the API's « a site or a lot » rule goes to the field the prescriber sees.
 */
export function formErrors(details: unknown, destination: PrescriptionValues["destination"]) {
  const errors: Record<string, string> = {};
  if (!Array.isArray(details)) return errors;
  for (const detail of details as { field?: unknown; message?: unknown }[]) {
    if (typeof detail.field !== "string" || typeof detail.message !== "string") continue;
    const field = formField(detail.field, destination);
    if (field) errors[field] ??= detail.message;
  }
  return errors;
}

function formField(apiField: string, destination: PrescriptionValues["destination"]): string | null {
  const [context, ...path] = apiField.split(".");
  if (path.length === 0) return null;
  const field = path.join(".");
  if (context === "querystring") return `person.${field}`;
  if (context !== "body") return null;
  return field === "siteId" && destination === "lot" ? "lotId" : field;
}

const shape = prescriptionBody.shape;
const identitySchema = shape.person.pick({
  lastName: true,
  firstName: true,
  birthDate: true,
  franceTravailId: true,
});
const reasonsSchema = z.object({
  motivation: shape.motivation,
  knownBarriers: shape.knownBarriers,
  barriersNote: shape.barriersNote,
  availability: shape.availability,
});

/** Zod's issues as form errors, the first of each field, under `prefix` (`person.`). */
function issuesOf(result: z.ZodSafeParseResult<unknown>, prefix = ""): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    errors[`${prefix}${issue.path.join(".")}`] ??= issue.message;
  }
  return errors;
}

/** Fields left empty whose schema message speaks of a format: said plainly instead. */
const MISSING: Partial<Record<keyof PersonValues, string>> = {
  birthDate: "Indiquez la date de naissance.",
  communeCode: "Choisissez la commune où vit la personne.",
};

function personErrors(schema: z.ZodType, person: PersonValues): Record<string, string> {
  const errors = issuesOf(schema.safeParse(person), "person.");
  for (const [field, message] of Object.entries(MISSING)) {
    if (errors[`person.${field}`] && person[field as keyof PersonValues] === "") {
      errors[`person.${field}`] = message;
    }
  }
  return errors;
}

/** What must be right before searching the person: names, birth date, France Travail identifier. */
export const identityErrors = (person: PersonValues) => personErrors(identitySchema, person);

/** What must be right before leaving a step. */
export function stepErrors(step: Step, values: PrescriptionValues): Record<string, string> {
  switch (step) {
    case 0:
      return personErrors(shape.person, values.person);
    case 1:
      if (values.destination === "site" && !values.siteId) return { siteId: "Choisissez un site." };
      if (values.destination === "lot" && !values.lotId) return { lotId: "Choisissez un lot." };
      return {};
    case 2:
      return issuesOf(reasonsSchema.safeParse(values));
    case 3:
      return {};
  }
}

/** The person search's parameters (`GET /api/people/search`). */
export type PersonQuery = Pick<PersonValues, "lastName" | "firstName" | "birthDate" | "franceTravailId">;

export const personQuery = (person: PersonValues): PersonQuery => ({
  lastName: person.lastName.trim(),
  firstName: person.firstName.trim(),
  birthDate: person.birthDate,
  franceTravailId: person.franceTravailId.trim().toUpperCase(),
});

/** Two searches that would find the same people (names compared as the API compares them). */
export const sameSearch = (a: PersonQuery, b: PersonQuery) =>
  identityKey(a) === identityKey(b) && a.franceTravailId === b.franceTravailId;

/** The body of `POST /api/referrals`: only the destination the prescriber chose. */
export function prescriptionOf(values: PrescriptionValues): z.input<typeof prescriptionBody> {
  return {
    person: values.person,
    siteId: values.destination === "site" ? values.siteId : null,
    lotId: values.destination === "lot" ? values.lotId : null,
    motivation: values.motivation,
    knownBarriers: values.knownBarriers,
    barriersNote: values.barriersNote,
    availability: values.availability,
    referentUserId: values.referentUserId,
  };
}
