import type { Db } from "../../../db/database";
import { forbidden } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import type { MailSettings } from "../account-emails";
import type { InviteUserInput, UserSummary } from "../accounts.schemas";
import { ROLE_LABELS, ROLES_GRANTED_BY } from "../roles";
import { createAccount } from "./create-account";

/** An organisation admin invites someone into their organisation (the Region's admins: anywhere). */
export async function inviteUser(
  db: Db,
  context: RequestContext,
  input: InviteUserInput,
  mail: MailSettings,
): Promise<UserSummary> {
  const { actor } = context;
  if (!actor || !can(actor, "invite", "User", { organisationId: input.organisationId })) {
    throw forbidden("Vous ne pouvez inviter des personnes que dans votre propre structure.");
  }
  if (!ROLES_GRANTED_BY[actor.role]?.includes(input.role)) {
    throw forbidden(`Vous ne pouvez pas attribuer le rôle « ${ROLE_LABELS[input.role]} ».`);
  }
  return (await createAccount(db, context, input, mail)).user;
}
