import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { users } from "../accounts/accounts.tables";
import { queueEmail, signature } from "../mail/queue-email";
import { notifyUsers } from "../notifications/notify-users";
import { describeNextStep, NEXT_STEP_KIND_LABELS, type NextStep } from "../outcomes/next-step";
import {
  EXIT_REASON_LABELS,
  type ExitReason,
  SITUATION_LABELS,
  type Situation,
} from "../outcomes/situation-vocabulary";
import { referrals } from "../referrals/referrals.tables";
import { frenchDay } from "./exit-rules";

/** The referent of a pathway: the referral's named referent, else the user who sent it. */
export async function referentOf(db: Db, referralId: string | null): Promise<string | null> {
  if (!referralId) return null;
  const [referral] = await db
    .select({ referent: referrals.referentUserId, sender: referrals.senderUserId })
    .from(referrals)
    .where(eq(referrals.id, referralId));
  return referral?.referent ?? referral?.sender ?? null;
}

export type ExitNotice = {
  pathwayId: string;
  traineeName: string;
  exitDate: string;
  reason: ExitReason;
  situationAtExit: Situation;
  nextStep: NextStep;
  correction: boolean;
};

/**
 * Tells the referent, in the caller's transaction, the moment the exit is recorded: a notification in
 * the app, and an e-mail the same day whatever their notification frequency (`notifyUsers` e-mails at
 * once only those who chose immediate e-mails; the others get this one in addition to their digest).
 */
export async function tellReferent(
  db: Db,
  mail: MailSettings,
  referentUserId: string | null,
  notice: ExitNotice,
) {
  if (!referentUserId) return;
  const [referent] = await db
    .select({ email: users.email, active: users.active, frequency: users.notificationFrequency })
    .from(users)
    .where(eq(users.id, referentUserId));
  if (!referent?.active) return;
  const link = `/parcours/${notice.pathwayId}?onglet=sortie`;
  const what = notice.correction ? "La sortie de parcours a été corrigée" : "Sortie de parcours";
  const message = `${what} : ${notice.traineeName}, le ${frenchDay(notice.exitDate)} — ${EXIT_REASON_LABELS[notice.reason]} ; situation : ${SITUATION_LABELS[notice.situationAtExit]} ; suite : ${NEXT_STEP_KIND_LABELS[notice.nextStep.kind]}.`;
  await notifyUsers(db, mail, [referentUserId], { message, link });
  if (referent.frequency === "immediate") return;
  await queueEmail(db, {
    to: referent.email,
    subject: `Amorce — ${message}`.slice(0, 200),
    text: [
      "Bonjour,",
      "",
      `${notice.correction ? "La sortie de parcours de" : "Le parcours de"} ${notice.traineeName} ${notice.correction ? "a été corrigée" : "s'est terminé"} le ${frenchDay(notice.exitDate)}.`,
      "",
      `Motif de sortie : ${EXIT_REASON_LABELS[notice.reason]}`,
      `Situation à la sortie : ${SITUATION_LABELS[notice.situationAtExit]}`,
      `Suite de parcours : ${describeNextStep(notice.nextStep, frenchDay)}`,
      "",
      `Pour voir le détail : ${mail.publicUrl}${link}`,
      "",
      signature(mail.regionName),
    ].join("\n"),
  });
}
