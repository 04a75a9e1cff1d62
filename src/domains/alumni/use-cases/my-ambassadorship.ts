import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict, notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { informationSessions } from "../../information-sessions/information-sessions.tables";
import { parisDay } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import type { InvitationResponse, MyAmbassadorship } from "../alumni.schemas";
import { ambassadorInvitations, ambassadors } from "../alumni.tables";
import { ambassadorshipOffered } from "../ambassador-offer";
import { invitationRows, invitationView } from "../invitation-rows";
import { AMBASSADOR_CONSENT_TEXT, becomeAmbassador, stopBeingAmbassador } from "./become-ambassador";

const NO_PATHWAY = "Vous n'avez pas de parcours : cette page n'est pas pour vous.";

/** The trainee's own person record, or 404 when the account has none or no pathway. */
async function ownPerson(db: Db, actor: Actor): Promise<string> {
  const personId = actor.personId;
  if (!personId || !can(actor, "manage", "Ambassador", { personId })) throw notFound(NO_PATHWAY);
  const [pathway] = await db
    .select({ id: pathways.id })
    .from(pathways)
    .where(eq(pathways.personId, personId))
    .limit(1);
  if (!pathway) throw notFound(NO_PATHWAY);
  return personId;
}

/** « Témoigner pour les futurs stagiaires »: whether it is offered, the consent, the choice, the invitations. */
export async function readMyAmbassadorship(db: Db, actor: Actor): Promise<MyAmbassadorship> {
  const personId = await ownPerson(db, actor);
  const [ambassador] = await db.select().from(ambassadors).where(eq(ambassadors.personId, personId));
  const dates = await db
    .select({ exitDate: pathways.exitDate, plannedEndDate: pathways.plannedEndDate })
    .from(pathways)
    .where(eq(pathways.personId, personId));
  const invitations = ambassador
    ? await invitationRows(db, eq(ambassadorInvitations.ambassadorId, ambassador.id))
    : [];
  const now = Date.now();
  return {
    offered: ambassadorshipOffered(dates, parisDay(new Date()), ambassador !== undefined),
    consentText: AMBASSADOR_CONSENT_TEXT,
    ambassador: ambassador
      ? {
          optedInAt: ambassador.optedInAt.toISOString(),
          message: ambassador.message,
          withdrawnAt: ambassador.withdrawnAt?.toISOString() ?? null,
        }
      : null,
    invitations: invitations.map((row) => ({
      ...invitationView(row),
      upcoming: row.startsAt.getTime() > now,
    })),
  };
}

/** The trainee says yes (again), with an optional message for the sites. */
export async function optInAsAmbassador(
  db: Db,
  context: RequestContext,
  input: { message: string | null },
): Promise<MyAmbassadorship> {
  await db.transaction(async (tx) => {
    const personId = await ownPerson(tx, context.actor as Actor);
    const id = await becomeAmbassador(tx, { personId, message: input.message });
    await recordAuditEvent(tx, context, {
      action: "ambassador.opt_in",
      recordType: "ambassador",
      recordId: id,
    });
  });
  return readMyAmbassadorship(db, context.actor as Actor);
}

/**
 * The trainee withdraws: no site may invite them any more, and the invitations they had not answered
 * to sessions still to come are declined, so that no site counts on them.
 */
export async function withdrawAsAmbassador(db: Db, context: RequestContext): Promise<MyAmbassadorship> {
  await db.transaction(async (tx) => {
    const personId = await ownPerson(tx, context.actor as Actor);
    const [ambassador] = await tx
      .select({ id: ambassadors.id, withdrawnAt: ambassadors.withdrawnAt })
      .from(ambassadors)
      .where(eq(ambassadors.personId, personId))
      .for("update");
    if (!ambassador || ambassador.withdrawnAt) return;
    await stopBeingAmbassador(tx, personId);
    await tx
      .update(ambassadorInvitations)
      .set({ response: "declined", respondedAt: sql`now()` })
      .where(
        and(
          eq(ambassadorInvitations.ambassadorId, ambassador.id),
          isNull(ambassadorInvitations.response),
          sql`${ambassadorInvitations.informationSessionId} in (select ${informationSessions.id} from ${informationSessions} where ${gt(informationSessions.startsAt, sql`now()`)})`,
        ),
      );
    await recordAuditEvent(tx, context, {
      action: "ambassador.withdraw",
      recordType: "ambassador",
      recordId: ambassador.id,
    });
  });
  return readMyAmbassadorship(db, context.actor as Actor);
}

/** « J'accepte » or « Je ne peux pas » to one of their invitations, while the session is to come. */
export async function answerInvitation(
  db: Db,
  context: RequestContext,
  input: { invitationId: string; response: InvitationResponse },
): Promise<MyAmbassadorship> {
  await db.transaction(async (tx) => {
    const personId = await ownPerson(tx, context.actor as Actor);
    const [invitation] = await tx
      .select({
        id: ambassadorInvitations.id,
        startsAt: informationSessions.startsAt,
        withdrawnAt: ambassadors.withdrawnAt,
      })
      .from(ambassadorInvitations)
      .innerJoin(ambassadors, eq(ambassadors.id, ambassadorInvitations.ambassadorId))
      .innerJoin(informationSessions, eq(informationSessions.id, ambassadorInvitations.informationSessionId))
      .where(and(eq(ambassadorInvitations.id, input.invitationId), eq(ambassadors.personId, personId)))
      .for("update", { of: ambassadorInvitations });
    if (!invitation) throw notFound("Invitation introuvable.");
    if (invitation.startsAt.getTime() <= Date.now()) {
      throw conflict("Cette information collective a déjà eu lieu : il n'est plus possible d'y répondre.");
    }
    if (invitation.withdrawnAt && input.response === "accepted") {
      throw conflict(
        "Vous ne témoignez plus pour les futurs stagiaires : cochez d'abord la case pour accepter à nouveau.",
      );
    }
    await tx
      .update(ambassadorInvitations)
      .set({ response: input.response, respondedAt: sql`now()` })
      .where(eq(ambassadorInvitations.id, invitation.id));
    await recordAuditEvent(tx, context, {
      action: "ambassador.answer",
      recordType: "ambassador_invitation",
      recordId: invitation.id,
      details: { response: input.response },
    });
  });
  return readMyAmbassadorship(db, context.actor as Actor);
}
