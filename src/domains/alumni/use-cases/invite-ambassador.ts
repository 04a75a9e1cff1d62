import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict, notFound } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { queueEmail } from "../../mail/queue-email";
import { notifications } from "../../notifications/notifications.tables";
import { formatParisDateTime } from "../../paris-time";
import { people } from "../../people/people.tables";
import { siteOfferScope } from "../../public-offer/site-offer-guard";
import { organisations, sites } from "../../territory/territory.tables";
import type { InvitationCreated } from "../alumni.schemas";
import { ambassadorInvitations, ambassadors } from "../alumni.tables";
import { ambassadorInReach } from "../alumni-scope";
import { invitationEmail } from "../invitation-email";

export const AMBASSADOR_NOT_FOUND = "Ambassadeur·rice introuvable.";
const SESSION_NOT_FOUND = "Information collective introuvable.";

/**
 * A training organisation invites one of its ambassadors to one of its information sessions still to
 * come: one invitation per person and session (the unique index makes it structural), never someone
 * who withdrew (the ambassador's row is locked, so a withdrawal at the same moment comes first or after).
 * The person gets an e-mail, and a notification in their space when they have one.
 */
export async function inviteAmbassador(
  db: Db,
  context: RequestContext,
  settings: MailSettings,
  input: { ambassadorId: string; informationSessionId: string },
): Promise<InvitationCreated> {
  const actor = context.actor as Actor;
  const organisationId = actor.organisationId;
  if (!organisationId) throw notFound(AMBASSADOR_NOT_FOUND);
  return db.transaction(async (tx) => {
    const [ambassador] = await tx
      .select({
        id: ambassadors.id,
        personId: ambassadors.personId,
        withdrawnAt: ambassadors.withdrawnAt,
        firstName: people.firstName,
        email: people.email,
      })
      .from(ambassadors)
      .innerJoin(people, eq(people.id, ambassadors.personId))
      .where(and(eq(ambassadors.id, input.ambassadorId), ambassadorInReach(organisationId)))
      .for("update", { of: ambassadors });
    if (!ambassador) throw notFound(AMBASSADOR_NOT_FOUND);

    const [session] = await tx
      .select({
        id: informationSessions.id,
        siteId: informationSessions.siteId,
        startsAt: informationSessions.startsAt,
        place: informationSessions.place,
        siteName: sites.name,
        contactPhone: sites.contactPhone,
        contactEmail: sites.contactEmail,
      })
      .from(informationSessions)
      .innerJoin(sites, eq(sites.id, informationSessions.siteId))
      .where(eq(informationSessions.id, input.informationSessionId));
    const scope = session && (await siteOfferScope(tx, session.siteId));
    if (!session || !scope || !can(actor, "invite", "Ambassador", scope)) throw notFound(SESSION_NOT_FOUND);

    if (ambassador.withdrawnAt) {
      throw conflict("Cette personne ne souhaite plus témoigner : elle ne peut pas être invitée.");
    }
    if (session.startsAt.getTime() <= Date.now()) {
      throw conflict("Cette information collective a déjà eu lieu : choisissez-en une à venir.");
    }
    const [invitation] = await tx
      .insert(ambassadorInvitations)
      .values({
        ambassadorId: ambassador.id,
        informationSessionId: session.id,
        invitedByUserId: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: ambassadorInvitations.id });
    if (!invitation) throw conflict("Cette personne est déjà invitée à cette information collective.");

    const [account] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.personId, ambassador.personId), eq(users.active, true)));
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    const to = ambassador.email ?? account?.email ?? null;
    if (to) {
      await queueEmail(
        tx,
        invitationEmail(settings, {
          to,
          firstName: ambassador.firstName,
          startsAt: session.startsAt,
          place: session.place,
          siteName: session.siteName,
          organisationName: organisation?.name ?? "Votre organisme de formation",
          hasAccount: account !== undefined,
          siteContact: { phone: session.contactPhone, email: session.contactEmail },
        }),
      );
    }
    if (account) {
      // The e-mail above already tells them: the notification is marked e-mailed, never sent twice.
      await tx.insert(notifications).values({
        userId: account.id,
        message: `Vous êtes invité·e à témoigner à l'information collective du ${formatParisDateTime(session.startsAt)} (${session.siteName}).`,
        link: "/",
        emailedAt: to ? new Date() : null,
      });
    }
    await recordAuditEvent(tx, context, {
      action: "ambassador.invite",
      recordType: "ambassador_invitation",
      recordId: invitation.id,
      details: { ambassadorId: ambassador.id, informationSessionId: session.id },
    });
    return {
      id: invitation.id,
      ambassadorId: ambassador.id,
      informationSessionId: session.id,
      emailed: to !== null,
      notified: account !== undefined,
    };
  });
}
