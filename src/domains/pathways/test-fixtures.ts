import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { demoAccount } from "../../demo/demo-accounts";
import { firstOpenSiteOf } from "../../demo/demo-pathways";
import { users } from "../accounts/accounts.tables";
import { people } from "../people/people.tables";
import { referrals } from "../referrals/referrals.tables";
import { organisations, sites } from "../territory/territory.tables";
import { pathways } from "./pathways.tables";

/** Test data for pathway tests, on the demo template: a trainee who entered a site from a referral. */

export type TestTrainee = {
  pathwayId: string;
  personId: string;
  referralId: string;
  siteId: string;
  lotId: string;
};

/** The first open site (by code) of a demo organisation: by default OF01, the demo training staff's. */
export const siteOf = (db: Db, organisationCode = "OF01") => firstOpenSiteOf(db, organisationCode);

async function userId(db: Db, email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

async function organisationId(db: Db, code: string) {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code));
  if (!organisation) throw new Error(`no organisation ${code}`);
  return organisation.id;
}

/**
 * A person referred by the demo prescriber (FT33, referent: the demo advisor) who entered a site on
 * `entryDate`: by default the first site of OF01.
 */
export async function enterTrainee(
  db: Db,
  options: {
    siteId?: string;
    prescriberCode?: string;
    referentEmail?: string | null;
    entryDate?: string;
    firstName?: string;
    lastName?: string;
    email?: string | null;
  } = {},
): Promise<TestTrainee> {
  const site = options.siteId
    ? (await db.select().from(sites).where(eq(sites.id, options.siteId)))[0]
    : await siteOf(db);
  if (!site) throw new Error("site missing");
  const entryDate = options.entryDate ?? "2026-09-07";
  const [person] = await db
    .insert(people)
    .values({
      lastName: options.lastName ?? "Durand",
      firstName: options.firstName ?? "Camille",
      birthDate: "1995-03-14",
      identityKey: crypto.randomUUID(),
      communeCode: site.communeCode,
      email:
        options.email === undefined
          ? `camille.${crypto.randomUUID().slice(0, 8)}@example.test`
          : options.email,
    })
    .returning({ id: people.id });
  if (!person) throw new Error("person not created");
  const referentEmail =
    options.referentEmail === undefined ? demoAccount("prescriber_advisor").email : options.referentEmail;
  const [referral] = await db
    .insert(referrals)
    .values({
      kind: "prescription",
      status: "entered",
      personId: person.id,
      lotId: site.lotId,
      siteId: site.id,
      prescriberOrganisationId: await organisationId(db, options.prescriberCode ?? "FT33"),
      referentUserId: referentEmail ? await userId(db, referentEmail) : null,
      plannedEntryDate: entryDate,
    })
    .returning({ id: referrals.id });
  if (!referral) throw new Error("referral not created");
  const [pathway] = await db
    .insert(pathways)
    .values({ personId: person.id, referralId: referral.id, siteId: site.id, lotId: site.lotId, entryDate })
    .returning({ id: pathways.id });
  if (!pathway) throw new Error("pathway not created");
  return {
    pathwayId: pathway.id,
    personId: person.id,
    referralId: referral.id,
    siteId: site.id,
    lotId: site.lotId,
  };
}

/** Makes the demo trainee account the trainee of this pathway (what their space shows). */
export async function linkDemoTrainee(db: Db, personId: string): Promise<string> {
  const [user] = await db
    .update(users)
    .set({ personId })
    .where(eq(users.email, demoAccount("trainee").email))
    .returning({ id: users.id });
  if (!user) throw new Error("demo trainee missing");
  return user.id;
}
