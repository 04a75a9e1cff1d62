import { HttpError } from "./http-errors";

/** PostgreSQL error codes that a caller's input can cause, in plain French. */
const CONSTRAINT_ERRORS: Record<string, { status: number; message: string }> = {
  "23505": {
    status: 409,
    message: "Cet élément existe déjà : une valeur qui doit être unique est déjà utilisée.",
  },
  "23503": { status: 409, message: "Cet élément est lié à d'autres données : l'opération est impossible." },
  "23514": { status: 400, message: "Une valeur est en dehors de ce qui est permis." },
  "22P02": { status: 400, message: "Une valeur n'a pas le bon format." },
  "22001": { status: 400, message: "Un texte est trop long." },
  "40001": { status: 409, message: "Une autre modification a eu lieu en même temps : réessayez." },
  "40P01": { status: 409, message: "Une autre modification a eu lieu en même temps : réessayez." },
};

type PostgresError = { code?: unknown; constraint?: unknown; message?: unknown };

/** The PostgreSQL error behind an error, if any (Drizzle wraps it in `cause`). */
function postgresErrorOf(error: unknown): PostgresError | undefined {
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const candidate = current as PostgresError & { cause?: unknown };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** A database error that the caller's input caused, as the 4xx it deserves; `undefined` otherwise. */
export function httpErrorFromDatabase(error: unknown): HttpError | undefined {
  const cause = postgresErrorOf(error);
  const known = cause && CONSTRAINT_ERRORS[cause.code as string];
  return known ? new HttpError(known.status, known.message, "conflict") : undefined;
}

/**
 * What the log may say of an unexpected error: its kind, the PostgreSQL code and constraint, never the
 * query's parameters (they can hold personal data).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const cause = postgresErrorOf(error);
  const base =
    error instanceof Error ? { type: error.name, stack: stackFrames(error).slice(0, 5).join("\n") } : {};
  if (cause) return { ...base, code: cause.code, constraint: cause.constraint, message: cause.message };
  return {
    ...base,
    message: error instanceof Error && error.name !== "DrizzleQueryError" ? error.message : undefined,
  };
}

/** The stack's "at …" lines only: an error's message can span lines and hold a query's parameters. */
function stackFrames(error: Error): string[] {
  return (error.stack ?? "").split("\n").filter((line) => line.startsWith("    at "));
}
