import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { fullName, personOf } from "../referrals/referral-record";
import type { InternshipMention } from "./internship-emails";
import { hostCompanies, type internships } from "./internships.tables";

/** What the e-mails say about an internship: whose, where, when. */
export async function internshipMention(
  db: Db,
  internship: typeof internships.$inferSelect,
  personId: string,
): Promise<InternshipMention> {
  const person = await personOf(db, personId);
  const [company] = await db
    .select({ name: hostCompanies.name })
    .from(hostCompanies)
    .where(eq(hostCompanies.id, internship.hostCompanyId));
  return {
    traineeName: fullName(person),
    companyName: company?.name ?? "",
    startDate: internship.startDate,
    endDate: internship.endDate,
  };
}

export async function userContact(db: Db, userId: string | null) {
  if (!userId) return null;
  const [user] = await db
    .select({ name: users.displayName, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  return user?.active ? { name: user.name, email: user.email } : null;
}
