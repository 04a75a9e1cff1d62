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
