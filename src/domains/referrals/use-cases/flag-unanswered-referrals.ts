import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { userLots, users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import { commandLineContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { sites } from "../../territory/territory.tables";
import { recordReferralEvent } from "../referral-history";
import { fullName, personOf, type ReferralRow, receivingStaff } from "../referral-record";
import { receivingOrganisationIds } from "../referral-scope";
import { checkTransition, UNANSWERED_STATUSES } from "../referral-status";
import { referrals } from "../referrals.tables";

export type UnansweredSettings = { unansweredDays: number; escalationDays: number; expiryDays: number };
export type FlagRun = { flagged: number; escalated: number; expired: number };

/** Sent or under review since `days` Paris calendar days or more, locked for this run (others skip them). */
function waitingSince(db: Db, days: number, extra: ReturnType<typeof and>) {
  return db
    .select()
    .from(referrals)
    .where(
      and(
        inArray(referrals.status, [...UNANSWERED_STATUSES]),
        sql`(${referrals.sentAt} at time zone 'Europe/Paris')::date <= (now() at time zone 'Europe/Paris')::date - ${days}::int`,
        extra,
      ),
    )
    .for("update", { skipLocked: true });
}

/**
 * The unanswered referrals, followed up: after `unansweredDays` the site is told, `escalationDays` later
 * the territorial officers of the lot, and after `expiryDays` the referral expires (a history row by the
 * system) and its sender is told. Each step happens once, whoever runs the job and how often.
 */
export async function flagUnansweredReferrals(
  db: Db,
  mail: MailSettings,
  settings: UnansweredSettings,
): Promise<FlagRun> {
  const context = commandLineContext("referrals flag-unanswered");
  return db.transaction(async (tx) => {
    const expiring = await waitingSince(tx, settings.expiryDays, undefined);
    for (const referral of expiring) await expire(tx, mail, referral);
    const expiredIds = new Set(expiring.map((referral) => referral.id));

    const escalating = (
      await waitingSince(
        tx,
        settings.unansweredDays + settings.escalationDays,
        and(isNotNull(referrals.unansweredFlaggedAt), isNull(referrals.escalatedAt)),
      )
    ).filter((referral) => !expiredIds.has(referral.id));
    for (const referral of escalating) await escalate(tx, mail, referral, settings);

    const flagging = (
      await waitingSince(tx, settings.unansweredDays, isNull(referrals.unansweredFlaggedAt))
    ).filter((referral) => !expiredIds.has(referral.id));
    for (const referral of flagging) await flag(tx, mail, referral, settings);

    const run = { flagged: flagging.length, escalated: escalating.length, expired: expiring.length };
    if (run.flagged + run.escalated + run.expired > 0) {
      await recordAuditEvent(tx, context, { action: "referral.flagUnanswered", details: run });
    }
    return run;
  });
}

async function flag(db: Db, mail: MailSettings, referral: ReferralRow, settings: UnansweredSettings) {
  await db.update(referrals).set({ unansweredFlaggedAt: new Date() }).where(eq(referrals.id, referral.id));
  const person = await personOf(db, referral.personId);
  const receiving = await receivingOrganisationIds(db, referral);
  await notifyUsers(db, mail, await receivingStaff(db, referral, receiving), {
    message: `La demande de ${fullName(person)} attend une réponse depuis ${settings.unansweredDays} jours ou plus.`,
    link: `/prescriptions/${referral.id}`,
  });
}

async function escalate(db: Db, mail: MailSettings, referral: ReferralRow, settings: UnansweredSettings) {
  await db.update(referrals).set({ escalatedAt: new Date() }).where(eq(referrals.id, referral.id));
  const officers = await db
    .select({ id: users.id })
    .from(userLots)
    .innerJoin(users, eq(users.id, userLots.userId))
    .where(and(eq(userLots.lotId, referral.lotId), eq(users.role, "territorial_officer")));
  const [site] = referral.siteId
    ? await db.select({ name: sites.name }).from(sites).where(eq(sites.id, referral.siteId))
    : [];
  const days = settings.unansweredDays + settings.escalationDays;
  await notifyUsers(
    db,
    mail,
    officers.map((officer) => officer.id),
    {
      message: `Une demande attend une réponse depuis ${days} jours ou plus${site ? ` à ${site.name}` : " (site à choisir)"}.`,
      link: `/prescriptions/${referral.id}`,
    },
  );
}

async function expire(db: Db, mail: MailSettings, referral: ReferralRow) {
  const check = checkTransition({ from: referral.status, to: "expired", actorKind: "system" });
  if (!check.ok) throw new Error(check.message);
  const now = new Date();
  await db
    .update(referrals)
    .set({ status: "expired", statusChangedAt: now, updatedAt: now })
    .where(eq(referrals.id, referral.id));
  await recordReferralEvent(db, {
    referralId: referral.id,
    kind: "status_changed",
    fromStatus: referral.status,
    toStatus: "expired",
    actorKind: "system",
    actor: null,
    reasonText: "Sans réponse du site dans le délai prévu.",
  });
  const person = await personOf(db, referral.personId);
  const receiving = await receivingOrganisationIds(db, referral);
  await notifyUsers(
    db,
    mail,
    [referral.senderUserId, referral.referentUserId, ...(await receivingStaff(db, referral, receiving))],
    {
      message: `La demande de ${fullName(person)} a expiré, faute de réponse.`,
      link: `/prescriptions/${referral.id}`,
    },
  );
}
