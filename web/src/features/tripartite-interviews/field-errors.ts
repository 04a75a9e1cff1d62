import { ApiError } from "../../api/client";

/** The API's refusal of a form's fields (`body.nextStep.title`…) as the form's own paths (`nextStep.title`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.details as { field?: unknown; message?: unknown }[]) {
    if (typeof issue.field === "string" && typeof issue.message === "string") {
      errors[issue.field.replace(/^body\./, "")] = issue.message;
    }
  }
  return errors;
}

/** The refusal to show above the form: a French summary when each field carries its own message. */
export function formError(error: unknown): unknown {
  if (Object.keys(fieldErrors(error)).length === 0) return error;
  return new ApiError(400, "validation", "Certains champs sont à corriger : voyez le message sous chacun.");
}
