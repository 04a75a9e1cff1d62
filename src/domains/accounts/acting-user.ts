import type { Actor, RequestContext } from "../authorization/actor";
import type { users } from "./accounts.tables";

/**
 * The request's context with `user` as its actor, for what a user does before having a session:
 * signing in, accepting an invitation, choosing a new password.
 */
export function actingAs(context: RequestContext, user: typeof users.$inferSelect): RequestContext {
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    role: user.role,
    organisationId: user.organisationId,
    lotIds: [],
    personId: user.personId,
  };
  return { ...context, actor };
}
