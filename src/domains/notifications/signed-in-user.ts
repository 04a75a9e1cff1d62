import { unauthorized } from "../../server/http-errors";
import type { RequestContext } from "../authorization/actor";

/** The caller's own user id: notifications and preferences are only ever one's own. */
export function signedInUserId(context: RequestContext): string {
  if (!context.actor) throw unauthorized();
  return context.actor.userId;
}
