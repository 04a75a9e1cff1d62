import type { Role } from "../accounts/roles";

/** Who is acting: a signed-in user, with what their role is scoped to. */
export type Actor = {
  userId: string;
  email: string;
  role: Role;
  organisationId: string | null;
  /** For a territorial officer: the lots they follow. */
  lotIds: readonly string[];
  /** For a trainee: their own person record. */
  personId: string | null;
};

/** Where a request or a command comes from, for the audit log. */
export type RequestContext = {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
};

/** The context of a command typed on the server itself (`npx amorce …`). */
export function commandLineContext(command: string): RequestContext {
  return { actor: null, ip: null, userAgent: `amorce ${command}` };
}
