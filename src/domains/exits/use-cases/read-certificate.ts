import type { Db } from "../../../db/database";
import { forbidden, notFound } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { PRESCRIBER_ROLES, type Role, TRAINING_ROLES } from "../../accounts/roles";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { loadCertificate } from "../certificate-data";
import { certificatePdf } from "../certificate-pdf";

/** Who receives the certificate: the training organisation, the prescriber who sent the trainee, the trainee. */
const CERTIFICATE_ROLES: readonly Role[] = [...TRAINING_ROLES, ...PRESCRIBER_ROLES, "trainee"];

export const mayReadCertificate = (actor: Actor) => CERTIFICATE_ROLES.includes(actor.role);

/**
 * The end-of-training certificate of an exited pathway, as a PDF: for the training staff of the site,
 * the prescriber organisation that sent the trainee and the trainee (the pathway's reach decides which
 * pathways; the Region and territorial officers read the exit, not the certificate). Audited.
 */
export async function readCertificatePdf(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  pathwayId: string,
): Promise<Buffer> {
  const actor = context.actor as Actor;
  const { pathway } = await pathwayFor(db, actor, pathwayId, "read");
  if (!mayReadCertificate(actor))
    throw forbidden(
      "L'attestation de fin de formation est remise à la personne, à son prescripteur et à l'organisme de formation.",
    );
  if (!pathway.exitDate)
    throw notFound("L'attestation de fin de formation n'existe qu'une fois la sortie enregistrée.");
  await recordAuditEvent(db, context, {
    action: "pathway.certificateRead",
    recordType: "pathway",
    recordId: pathwayId,
  });
  return certificatePdf(await loadCertificate(db, pathway), { regionName: mail.regionName });
}
