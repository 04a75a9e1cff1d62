import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict, HttpError } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { internshipFor } from "../internship-record";
import { checkInternshipPlan } from "../internship-rules";
import { isEditable } from "../internship-status";
import type { InternshipItem, internshipBody } from "../internships.schemas";
import { hostCompanies, internships } from "../internships.tables";
import { internshipView } from "./list-internships";

type Fields = (typeof internshipBody)["_output"];

/** Records a draft internship of a pathway, after checking its dates and hours. */
export async function createInternship(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  input: Fields,
): Promise<InternshipItem> {
  const actor = context.actor as Actor;
  const id = await db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actor, pathwayId, "manage", { forUpdate: true });
    await checkFields(tx, pathway, input, null);
    const [created] = await tx
      .insert(internships)
      .values({ ...input, pathwayId, createdByUserId: actor.userId })
      .returning({ id: internships.id });
    if (!created) throw new Error("internship not created");
    await recordAuditEvent(tx, context, {
      action: "internship.create",
      recordType: "internship",
      recordId: created.id,
    });
    return created.id;
  });
  return internshipView(db, id);
}

/** Changes a draft internship: once sent for signature, its agreement is frozen. */
export async function updateInternship(
  db: Db,
  context: RequestContext,
  id: string,
  changes: Partial<Fields>,
): Promise<InternshipItem> {
  const actor = context.actor as Actor;
  await db.transaction(async (tx) => {
    const { internship } = await internshipFor(tx, actor, id, "manage");
    const { pathway } = await pathwayFor(tx, actor, internship.pathwayId, "manage", { forUpdate: true });
    if (!isEditable(internship.status)) {
      throw conflict("Ce stage n'est plus modifiable : sa convention a été envoyée pour signature.");
    }
    const merged = { ...internship, ...changes };
    await checkFields(tx, pathway, merged, id);
    await tx
      .update(internships)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(internships.id, id));
    await recordAuditEvent(tx, context, {
      action: "internship.update",
      recordType: "internship",
      recordId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return internshipView(db, id);
}

async function checkFields(
  db: Db,
  pathway: { id: string; entryDate: string; plannedEndDate: string | null; exitDate: string | null },
  input: { hostCompanyId: string; startDate: string; endDate: string; hours: number },
  excludeId: string | null,
) {
  const [company] = await db
    .select({ id: hostCompanies.id })
    .from(hostCompanies)
    .where(eq(hostCompanies.id, input.hostCompanyId));
  if (!company) throw badRequest("Entreprise d'accueil inconnue.");
  const others = await db
    .select({ startDate: internships.startDate, endDate: internships.endDate, label: hostCompanies.name })
    .from(internships)
    .innerJoin(hostCompanies, eq(hostCompanies.id, internships.hostCompanyId))
    .where(
      and(
        eq(internships.pathwayId, pathway.id),
        ne(internships.status, "cancelled"),
        excludeId ? ne(internships.id, excludeId) : undefined,
      ),
    );
  const problems = checkInternshipPlan({
    period: { startDate: input.startDate, endDate: input.endDate },
    hours: Number(input.hours),
    pathway: { entryDate: pathway.entryDate, endDate: pathway.exitDate ?? pathway.plannedEndDate },
    others,
  });
  if (problems.length > 0) {
    throw new HttpError(
      400,
      problems.map((problem) => problem.message).join(" "),
      "validation",
      problems.map((problem) => ({ field: `body.${problem.field}`, message: problem.message })),
    );
  }
}
