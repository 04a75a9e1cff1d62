import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { communes } from "../../territory/territory.tables";
import type { HostCompany, hostCompanyBody } from "../internships.schemas";
import { hostCompanies } from "../internships.tables";
import { hostCompanyColumns } from "./search-host-companies";

/**
 * Records a host company, shared by every site. A SIRET already known is a 409 that carries the company
 * recorded, so that the form can pick it instead of creating a twin.
 */
export async function createHostCompany(
  db: Db,
  context: RequestContext,
  input: (typeof hostCompanyBody)["_output"],
): Promise<HostCompany> {
  return db.transaction(async (tx) => {
    if (input.communeCode) {
      const [commune] = await tx
        .select({ code: communes.code })
        .from(communes)
        .where(eq(communes.code, input.communeCode));
      if (!commune) throw badRequest("Commune inconnue : vérifiez le code INSEE.");
    }
    const [created] = await tx
      .insert(hostCompanies)
      .values({ ...input, createdByOrganisationId: context.actor?.organisationId ?? null })
      .onConflictDoNothing({ target: hostCompanies.siret })
      .returning(hostCompanyColumns);
    if (!created) {
      const [existing] = await tx
        .select(hostCompanyColumns)
        .from(hostCompanies)
        .where(eq(hostCompanies.siret, input.siret));
      throw conflict(
        `Cette entreprise est déjà enregistrée (SIRET ${input.siret}) : « ${existing?.name} ». Choisissez-la dans la recherche.`,
        { hostCompany: existing },
      );
    }
    await recordAuditEvent(tx, context, {
      action: "hostCompany.create",
      recordType: "host_company",
      recordId: created.id,
    });
    return created;
  });
}
