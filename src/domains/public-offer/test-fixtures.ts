import type { Db } from "../../db/database";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { pathways } from "../pathways/pathways.tables";
import { people } from "../people/people.tables";
import type { ReferralStatus } from "../referrals/referral-status";
import { referrals } from "../referrals/referrals.tables";
import { lots, organisations, sites } from "../territory/territory.tables";

/** Test data for the public offer's tests: a small territory of known sites, people and sessions. */

export async function createTrainingOrganisation(
  db: Db,
  code: string,
  kind: "training_organisation" | "consortium" = "training_organisation",
  leadMemberId: string | null = null,
): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({ code, name: `Organisme ${code}`, kind, leadMemberId })
    .returning({ id: organisations.id });
  if (!row) throw new Error("organisation not created");
  return row.id;
}

export async function createLot(db: Db, code: string, operatorId: string | null): Promise<string> {
  const [row] = await db
    .insert(lots)
    .values({ code, name: `Lot ${code}`, target: 100, operatorId })
    .returning({ id: lots.id });
  if (!row) throw new Error("lot not created");
  return row.id;
}

export async function createSite(
  db: Db,
  values: {
    code: string;
    organisationId: string;
    lotId: string;
    communeCode: string;
    capacity?: number;
    active?: boolean;
  },
): Promise<string> {
  const [row] = await db
    .insert(sites)
    .values({ name: `Site ${values.code}`, capacity: 12, ...values })
    .returning({ id: sites.id });
  if (!row) throw new Error("site not created");
  return row.id;
}

async function createPerson(db: Db, communeCode: string): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({
      lastName: "Test",
      firstName: "Personne",
      birthDate: "1990-01-01",
      identityKey: crypto.randomUUID(),
      communeCode,
    })
    .returning({ id: people.id });
  if (!row) throw new Error("person not created");
  return row.id;
}

/** A trainee on the site: present while `exitDate` is null. */
export async function addPathway(
  db: Db,
  site: { id: string; lotId: string; communeCode: string },
  exitDate: string | null = null,
): Promise<void> {
  const personId = await createPerson(db, site.communeCode);
  await db.insert(pathways).values({
    personId,
    siteId: site.id,
    lotId: site.lotId,
    entryDate: "2026-01-05",
    exitDate,
    exitReason: exitDate ? "completed" : null,
  });
}

export async function addReferral(
  db: Db,
  site: { id: string; lotId: string; communeCode: string },
  status: ReferralStatus,
): Promise<void> {
  const personId = await createPerson(db, site.communeCode);
  await db
    .insert(referrals)
    .values({ kind: "self_referral", status, personId, siteId: site.id, lotId: site.lotId });
}

export async function addInformationSession(db: Db, siteId: string, startsAt: Date, place: string) {
  await db.insert(informationSessions).values({ siteId, startsAt, place });
}
