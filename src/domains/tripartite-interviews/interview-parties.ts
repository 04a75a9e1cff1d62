import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { internshipStaff } from "../internships/internship-record";
import { queueEmail } from "../mail/queue-email";
import { notifications } from "../notifications/notifications.tables";
import type { Notice } from "../notifications/notify-users";
import { people } from "../people/people.tables";
import { referrals } from "../referrals/referrals.tables";
import { sites } from "../territory/territory.tables";
import type { Letter } from "./interview-emails";

type Professional = { id: string; email: string; displayName: string };

/** Who takes part in a pathway's tripartite interview, as far as Amorce can reach them. */
export type InterviewParties = {
  trainee: { firstName: string; lastName: string; email: string | null; userId: string | null };
  /** The prescriber's referent (the referral's sender when none was named). */
  referent: Professional | null;
  /** The training staff of the pathway's site (the lot's operator when the site has none). */
  staff: Professional[];
  siteName: string;
};

export const interviewTabLink = (pathwayId: string) => `/parcours/${pathwayId}?onglet=entretien-tripartite`;
/** The trainee's own space (their home page). */
export const TRAINEE_SPACE_LINK = "/";

async function activeUsers(db: Db, ids: readonly (string | null)[]): Promise<Professional[]> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.active, true)));
}

export async function interviewParties(
  db: Db,
  pathway: { personId: string; siteId: string; lotId: string; referralId: string | null },
): Promise<InterviewParties> {
  const [person] = await db
    .select({ firstName: people.firstName, lastName: people.lastName, email: people.email })
    .from(people)
    .where(eq(people.id, pathway.personId));
  if (!person) throw new Error("pathway without a person");
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, pathway.personId), eq(users.active, true)));
  const [referral] = pathway.referralId
    ? await db
        .select({ referentUserId: referrals.referentUserId, senderUserId: referrals.senderUserId })
        .from(referrals)
        .where(eq(referrals.id, pathway.referralId))
    : [];
  const [referent] = await activeUsers(db, [referral?.referentUserId ?? referral?.senderUserId ?? null]);
  const staff = await activeUsers(db, await internshipStaff(db, pathway));
  const [site] = await db.select({ name: sites.name }).from(sites).where(eq(sites.id, pathway.siteId));
  return {
    trainee: { ...person, userId: account?.id ?? null },
    referent: referent ?? null,
    staff: staff.filter((user) => user.id !== referent?.id),
    siteName: site?.name ?? "",
  };
}

/**
 * Tells professionals in the caller's transaction: an e-mail each, and the same news in the app (marked
 * e-mailed, so that the daily digest does not send it again).
 */
export async function tellProfessionals(
  db: Db,
  recipients: readonly Professional[],
  notice: Notice,
  letter: (name: string) => Letter,
): Promise<void> {
  const now = new Date();
  for (const recipient of recipients) {
    await db.insert(notifications).values({ userId: recipient.id, ...notice, emailedAt: now });
    await queueEmail(db, { to: recipient.email, ...letter(recipient.displayName) });
  }
}

/** Tells the trainee: an e-mail if they gave one, and in their space if they have an account. */
export async function tellTrainee(
  db: Db,
  trainee: InterviewParties["trainee"],
  message: string,
  letter: Letter,
): Promise<void> {
  if (trainee.email) await queueEmail(db, { to: trainee.email, ...letter });
  if (trainee.userId) {
    await db.insert(notifications).values({
      userId: trainee.userId,
      message,
      link: TRAINEE_SPACE_LINK,
      emailedAt: trainee.email ? new Date() : null,
    });
  }
}
