import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { ExitReason } from "../outcomes/situation-vocabulary";
import { parisDay } from "../paris-time";
import type { PathwayRecord } from "../pathways/pathway-record";
import { planProgress } from "../pathways/plan-progress";
import { planProgressRows } from "../pathways/plan-progress-rows";
import { people } from "../people/people.tables";
import { DEFAULT_PROGRAMME_RULES, type Module } from "../programme-rules/programme-rules";
import { communes, organisations, sites } from "../territory/territory.tables";

/** What the end-of-training certificate says. */
export type Certificate = {
  trainee: { firstName: string; lastName: string; birthDate: string };
  site: { name: string; address: string | null; commune: string | null };
  organisation: { name: string };
  entryDate: string;
  exitDate: string;
  reason: ExitReason;
  /** Hours done per module (attendance marked present or late); `null` for an imported pathway. */
  modules: { module: Module; hours: number }[] | null;
  internshipHours: number;
  totalHours: number;
  /** Today in Paris, and where: the site's commune. */
  issuedOn: string;
  issuedAt: string;
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The hours of the certificate, as the plan's progress counts them (`planProgress`: attendance marked
 * present or late per module, every internship's hours done); for an imported pathway, the hours its
 * system recorded.
 */
export async function hoursDone(
  db: Db,
  pathway: Pick<PathwayRecord, "id" | "source" | "recordedHoursDone" | "recordedInternshipHours">,
): Promise<Pick<Certificate, "modules" | "internshipHours" | "totalHours">> {
  if (pathway.source !== null) {
    const internshipHours = Number(pathway.recordedInternshipHours ?? 0);
    return {
      modules: null,
      internshipHours,
      totalHours: round2(Number(pathway.recordedHoursDone ?? 0) + internshipHours),
    };
  }
  const rows = await planProgressRows(db, pathway.id);
  // Hours done do not depend on the plan's items nor on the rules: only on the marks and internships.
  const progress = planProgress([], DEFAULT_PROGRAMME_RULES, rows.attendance, rows.internships);
  const modules = progress.modules.map((row) => ({ module: row.module, hours: row.done }));
  const internshipHours = progress.allInternships.done;
  return {
    modules,
    internshipHours,
    totalHours: round2(modules.reduce((sum, row) => sum + row.hours, 0) + internshipHours),
  };
}

/** The certificate of an exited pathway. */
export async function loadCertificate(db: Db, pathway: PathwayRecord): Promise<Certificate> {
  if (!pathway.exitDate || !pathway.exitReason) throw new Error("pathway not exited");
  const [place] = await db
    .select({
      site: { name: sites.name, address: sites.address, commune: communes.name },
      organisation: { name: organisations.name },
    })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .leftJoin(communes, eq(communes.code, sites.communeCode))
    .where(eq(sites.id, pathway.siteId));
  const [trainee] = await db
    .select({ firstName: people.firstName, lastName: people.lastName, birthDate: people.birthDate })
    .from(people)
    .where(eq(people.id, pathway.personId));
  if (!place || !trainee) throw new Error("certificate data missing");
  return {
    trainee,
    site: place.site,
    organisation: place.organisation,
    entryDate: pathway.entryDate,
    exitDate: pathway.exitDate,
    reason: pathway.exitReason,
    ...(await hoursDone(db, pathway)),
    issuedOn: parisDay(new Date()),
    issuedAt: place.site.commune ?? place.site.name,
  };
}
