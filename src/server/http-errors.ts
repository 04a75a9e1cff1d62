/** An error whose message is meant for the user, in French, with the HTTP status that goes with it. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly code = "error",
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new HttpError(400, message, "bad_request", details);
export const unauthorized = (message = "Vous devez vous connecter pour accéder à cette page.") =>
  new HttpError(401, message, "unauthorized");
export const forbidden = (message = "Vous n'avez pas les droits nécessaires pour cette action.") =>
  new HttpError(403, message, "forbidden");
export const notFound = (message = "Élément introuvable.") => new HttpError(404, message, "not_found");
export const conflict = (message: string, details?: unknown) =>
  new HttpError(409, message, "conflict", details);
export const tooManyRequests = (message: string) => new HttpError(429, message, "too_many_requests");
