import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { notifyUsers } from "../notifications/notify-users";
import { describeNextStep, type NextStep } from "../outcomes/next-step";
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
 * the app and an e-mail the same day, whatever their notification frequency.
 */
export async function tellReferent(
  db: Db,
  mail: MailSettings,
  referentUserId: string | null,
  notice: ExitNotice,
) {
  const what = notice.correction ? "La sortie de parcours a été corrigée" : "Sortie de parcours";
  const message = `${what} : ${notice.traineeName}, le ${frenchDay(notice.exitDate)} — ${EXIT_REASON_LABELS[notice.reason]} ; situation : ${SITUATION_LABELS[notice.situationAtExit]} ; suite : ${describeNextStep(notice.nextStep, frenchDay)}.`;
  await notifyUsers(
    db,
    mail,
    [referentUserId],
    { message, link: `/parcours/${notice.pathwayId}?onglet=sortie` },
    { emailNow: true },
  );
}
