import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { lots, organisations } from "../../territory/territory.tables";
import type { MailSettings } from "../account-emails";
import type { InviteUserInput, UserSummary } from "../accounts.schemas";
import { userLots, users } from "../accounts.tables";
import { hashPassword } from "../passwords";
import { ROLE_LABELS, roleFitsOrganisation } from "../roles";
import { sendInvitation } from "../send-invitation";
import { loadUserSummary } from "../user-views";

export type NewAccount = InviteUserInput & {
  /** Given on the command line; without it, the person is e-mailed an invitation to choose one. */
  password?: string;
};

/**
 * Creates an account, checking that it makes sense (organisation, role, lots, unique e-mail) but not
 * who asks: `inviteUser` checks that for the web, the command line is the server's operator.
 */
export async function createAccount(
  db: Db,
  context: RequestContext,
  input: NewAccount,
  mail: MailSettings,
): Promise<{ user: UserSummary; invitationToken: string | null }> {
  const [organisation] = input.organisationId
    ? await db.select().from(organisations).where(eq(organisations.id, input.organisationId))
    : [];
  if (input.organisationId && !organisation) throw badRequest("Cette structure n'existe pas.");
  if (!roleFitsOrganisation(input.role, organisation?.kind ?? null)) {
    throw badRequest(
      organisation
        ? `Le rôle « ${ROLE_LABELS[input.role]} » ne convient pas à la structure ${organisation.name}.`
        : `Le rôle « ${ROLE_LABELS[input.role]} » demande de choisir une structure.`,
    );
  }
  const lotIds = [...new Set(input.lotIds ?? [])];
  if (lotIds.length > 0 && input.role !== "territorial_officer") {
    throw badRequest("Seuls les chargé·es de mission territoriaux suivent des lots.");
  }
  if (lotIds.length > 0) {
    const known = await db.select({ id: lots.id }).from(lots).where(inArray(lots.id, lotIds));
    if (known.length !== lotIds.length) throw badRequest("Un des lots choisis n'existe pas.");
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        organisationId: organisation?.id ?? null,
        passwordHash,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) throw conflict("Un compte existe déjà avec cette adresse e-mail.");
    if (lotIds.length > 0) {
      await tx.insert(userLots).values(lotIds.map((lotId) => ({ userId: created.id, lotId })));
    }
    const invitationToken = passwordHash
      ? null
      : await sendInvitation(tx, { ...input, id: created.id }, organisation?.name ?? null, mail);
    await recordAuditEvent(tx, context, {
      action: invitationToken ? "user.invite" : "user.create",
      recordType: "user",
      recordId: created.id,
      details: { role: input.role, organisationId: organisation?.id ?? null, lotCount: lotIds.length },
    });
    return { user: await loadUserSummary(tx, created.id), invitationToken };
  });
}
