import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { HttpError } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { hashToken } from "../../accounts/secret-tokens";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { loadAgreement } from "../agreement-data";
import { renderAgreementPdf } from "../agreement-pdf";
import { internshipFor } from "../internship-record";
import { internshipSignatures, internships } from "../internships.tables";
import { LINK_REFUSALS } from "../signature-record";

async function render(db: Db, mail: MailSettings, internship: typeof internships.$inferSelect) {
  const signatures = await db
    .select()
    .from(internshipSignatures)
    .where(eq(internshipSignatures.internshipId, internship.id));
  return renderAgreementPdf(await loadAgreement(db, internship.id), signatures, {
    regionName: mail.regionName,
    fingerprint: internship.agreementHash,
  });
}

/** The agreement PDF, for whoever may read the pathway (the trainee included). Audited. */
export async function readAgreementPdf(db: Db, context: RequestContext, mail: MailSettings, id: string) {
  const { internship } = await internshipFor(db, context.actor as Actor, id, "read");
  await recordAuditEvent(db, context, {
    action: "internship.agreementRead",
    recordType: "internship",
    recordId: id,
  });
  return render(db, mail, internship);
}

/** The agreement PDF for a signer, through their link (still valid, or already used to sign). Audited. */
export async function readAgreementPdfByToken(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  token: string,
) {
  const [row] = await db
    .select({ signature: internshipSignatures, internship: internships })
    .from(internshipSignatures)
    .innerJoin(internships, eq(internships.id, internshipSignatures.internshipId))
    .where(eq(internshipSignatures.tokenHash, hashToken(token)));
  if (!row || (!row.signature.usedAt && row.signature.expiresAt <= new Date())) {
    throw new HttpError(404, LINK_REFUSALS.unknown, "token_unknown");
  }
  await recordAuditEvent(db, context, {
    action: "internship.agreementRead",
    recordType: "internship",
    recordId: row.internship.id,
    actorEmail: row.signature.signerEmail,
  });
  return render(db, mail, row.internship);
}
