import { ROLE_LABELS, ROLES_GRANTED_BY, type Role } from "../../../../src/domains/accounts/roles";

/** The roles an actor may hand out, as choices of a select. */
export function grantableRoleOptions(actorRole: Role): { value: Role; label: string }[] {
  return (ROLES_GRANTED_BY[actorRole] ?? []).map((role) => ({ value: role, label: ROLE_LABELS[role] }));
}
