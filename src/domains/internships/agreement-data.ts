import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { pathways } from "../pathways/pathways.tables";
import { people } from "../people/people.tables";
import { referrals } from "../referrals/referrals.tables";
import { communes, organisations, sites } from "../territory/territory.tables";
import type { AgreementData } from "./agreement";
import { hostCompanies, internships } from "./internships.tables";
import { romeLabel } from "./rome-subset";

const trainingOrganisations = alias(organisations, "training_organisations");
const prescriberOrganisations = alias(organisations, "prescriber_organisations");

/** The agreement of an internship as it stands now, read from the records it is made of. */
export async function loadAgreement(db: Db, internshipId: string): Promise<AgreementData> {
  const [row] = await db
    .select({
      internship: internships,
      company: hostCompanies,
      person: { lastName: people.lastName, firstName: people.firstName, birthDate: people.birthDate },
      site: { name: sites.name, address: sites.address },
      siteCommune: communes.name,
      organisation: trainingOrganisations.name,
      referent: users.displayName,
      prescriber: prescriberOrganisations.name,
    })
    .from(internships)
    .innerJoin(hostCompanies, eq(hostCompanies.id, internships.hostCompanyId))
    .innerJoin(pathways, eq(pathways.id, internships.pathwayId))
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(communes, eq(communes.code, sites.communeCode))
    .innerJoin(trainingOrganisations, eq(trainingOrganisations.id, sites.organisationId))
    .leftJoin(referrals, eq(referrals.id, pathways.referralId))
    .leftJoin(users, eq(users.id, referrals.referentUserId))
    .leftJoin(prescriberOrganisations, eq(prescriberOrganisations.id, referrals.prescriberOrganisationId))
    .where(eq(internships.id, internshipId));
  if (!row) throw new Error(`internship ${internshipId} missing`);
  const { internship, company } = row;
  return {
    trainee: row.person,
    company: {
      siret: company.siret,
      name: company.name,
      address: company.address,
      postalCode: company.postalCode,
      city: company.city,
      sector: company.sector,
    },
    tutor: {
      name: internship.tutorName,
      jobTitle: internship.tutorJobTitle,
      email: internship.tutorEmail,
      phone: internship.tutorPhone,
    },
    trainingOrganisation: {
      name: row.organisation,
      siteName: row.site.name,
      siteAddress: row.site.address,
      siteCommune: row.siteCommune,
    },
    referent: row.referent ? { name: row.referent, organisation: row.prescriber } : null,
    period: { startDate: internship.startDate, endDate: internship.endDate },
    dailySchedule: internship.dailySchedule,
    hours: Number(internship.hours),
    job: { romeCode: internship.romeCode, label: romeLabel(internship.romeCode) },
    objective: internship.objective,
    activities: internship.activities,
  };
}
