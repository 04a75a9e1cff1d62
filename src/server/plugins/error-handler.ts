import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { httpErrorFromDatabase, loggableError } from "../database-errors";
import { HttpError } from "../http-errors";

type ErrorBody = { error: string; message: string; details?: unknown };

/** Every error leaves as `{ error, message }` in French; nothing unexpected leaks out. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((raised: FastifyError, request, reply) => {
    const error = httpErrorFromDatabase(raised) ?? raised;
    if (error instanceof HttpError) {
      const body: ErrorBody = { error: error.code, message: error.message, details: error.details };
      return reply.code(error.statusCode).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        field: [error.validationContext, ...issue.instancePath.split("/").filter(Boolean)].join("."),
        message: issue.message,
      }));
      const body: ErrorBody = {
        error: "validation",
        message: `Données invalides : ${issues.map((issue) => `${issue.field} — ${issue.message}`).join(" ; ")}`,
        details: issues,
      };
      return reply.code(400).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply
        .code(status)
        .send({ error: error.code ?? "bad_request", message: frenchClientError(error) });
    }
    request.log.error({ error: loggableError(error) }, "unexpected error");
    const body: ErrorBody = {
      error: "internal",
      message: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la.",
    };
    return reply.code(500).send(body);
  });
}

/** Fastify's own client errors (malformed JSON, body too large…) in plain French. */
function frenchClientError(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "Le corps de la requête n'est pas un JSON valide.";
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "Les données envoyées sont trop volumineuses.";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Ce format de données n'est pas accepté.";
    default:
      if (error.statusCode === 429) return "Trop de tentatives : patientez un instant avant de réessayer.";
      return "La requête est invalide.";
  }
}
