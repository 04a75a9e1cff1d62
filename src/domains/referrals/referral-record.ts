import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { forbidden, notFound } from "../../server/http-errors";
import { users } from "../accounts/accounts.tables";
import { TRAINING_ROLES } from "../accounts/roles";
import type { Actor } from "../authorization/actor";
import { type Action, can } from "../authorization/policies";
import { people } from "../people/people.tables";
import { communes, sites } from "../territory/territory.tables";
import type { SiteContact } from "./referral-emails";
import { receivingOrganisationIds, referralResource } from "./referral-scope";
import { OPEN_STATUSES } from "./referral-status";
import { referrals } from "./referrals.tables";

export type ReferralRow = typeof referrals.$inferSelect;

export const REFERRAL_NOT_FOUND = "Demande introuvable.";

/**
 * A referral the actor may act on, locked for the rest of the transaction when `forUpdate`. A referral
 * they may not even read is « introuvable » (its existence is not revealed); one they may read but not
 * change this way is forbidden.
 */
export async function referralFor(
  db: Db,
  actor: Actor,
  id: string,
  action: Action,
  options: { forUpdate?: boolean } = {},
): Promise<{ referral: ReferralRow; receiving: string[] }> {
  const query = db.select().from(referrals).where(eq(referrals.id, id));
  const [referral] = options.forUpdate ? await query.for("update") : await query;
  if (!referral) throw notFound(REFERRAL_NOT_FOUND);
  const receiving = await receivingOrganisationIds(db, referral);
  const resource = referralResource(referral, receiving);
  if (!can(actor, "read", "Referral", resource)) throw notFound(REFERRAL_NOT_FOUND);
  if (action !== "read" && !can(actor, action, "Referral", resource)) throw forbidden();
  return { referral, receiving };
}

/** The active training organisation staff of these organisations: who hears of a referral they receive. */
export async function trainingStaffOf(db: Db, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.organisationId, [...organisationIds]),
        inArray(users.role, [...TRAINING_ROLES]),
        eq(users.active, true),
      ),
    );
  return rows.map((row) => row.id);
}

/** The people who receive a referral's news on the training side: the site's, or the lot's when none. */
export async function receivingStaff(db: Db, referral: ReferralRow, receiving: readonly string[]) {
  return trainingStaffOf(db, referral.siteId ? receiving.slice(0, 1) : receiving);
}

export async function siteContact(db: Db, siteId: string): Promise<SiteContact> {
  const [site] = await db
    .select({
      name: sites.name,
      communeName: communes.name,
      address: sites.address,
      contactPhone: sites.contactPhone,
      contactEmail: sites.contactEmail,
    })
    .from(sites)
    .innerJoin(communes, eq(communes.code, sites.communeCode))
    .where(eq(sites.id, siteId));
  if (!site) throw notFound("Site introuvable.");
  return site;
}

/** The person's referral still open on this lot, if any: a second one is refused. */
export async function openReferralOnLot(db: Db, personId: string, lotId: string) {
  const [open] = await db
    .select({ id: referrals.id, status: referrals.status })
    .from(referrals)
    .where(
      and(
        eq(referrals.personId, personId),
        eq(referrals.lotId, lotId),
        inArray(referrals.status, OPEN_STATUSES),
      ),
    );
  return open;
}

export async function personOf(db: Db, personId: string) {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person) throw new Error(`person ${personId} missing`);
  return person;
}

/** « Léa Martin » */
export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;

/** The reference a self-referring person is given: `AUTO-` and 8 characters of the referral id. */
export const publicReference = (id: string) => `AUTO-${id.slice(0, 8).toUpperCase()}`;

export const lockSite = (db: Db, siteId: string) =>
  db.execute(sql`select 1 from ${sites} where ${sites.id} = ${siteId} for update`);
