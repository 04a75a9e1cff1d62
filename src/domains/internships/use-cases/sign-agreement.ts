import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { pathways } from "../../pathways/pathways.tables";
import { fullName } from "../../referrals/referral-record";
import { internshipStaff, internshipsTabLink } from "../internship-record";
import { checkInternshipTransition } from "../internship-status";
import type { SignBody } from "../internships.schemas";
import { internshipSignatures, internships } from "../internships.tables";
import { sameName, signatureByToken } from "../signature-record";

/**
 * Signs the agreement from a link, once: the signer types their name and accepts the agreement, bound to
 * its fingerprint. The fourth signature makes the internship signed and tells the training staff.
 */
export async function signAgreement(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { token: string } & Required<SignBody>,
): Promise<{ signedAt: string; allSigned: boolean }> {
  return db.transaction(async (tx) => {
    const { signature, internship, agreement } = await signatureByToken(tx, input.token, { forUpdate: true });
    if (!sameName(input.fullName, signature.signerName)) {
      throw badRequest(`Tapez votre nom tel qu'il est écrit sur la convention : ${signature.signerName}.`);
    }
    // Two parties signing at once: the internship's lock makes the later one see the earlier signature.
    const [locked] = await tx
      .select({ status: internships.status })
      .from(internships)
      .where(eq(internships.id, internship.id))
      .for("update");
    const now = new Date();
    await tx
      .update(internshipSignatures)
      .set({ signedAt: now, usedAt: now, agreementHash: internship.agreementHash, updatedAt: now })
      .where(eq(internshipSignatures.id, signature.id));
    await recordAuditEvent(tx, context, {
      action: "internship.sign",
      recordType: "internship",
      recordId: internship.id,
      actorEmail: signature.signerEmail,
      details: { party: signature.party },
    });
    const unsigned = await tx
      .select({ id: internshipSignatures.id })
      .from(internshipSignatures)
      .where(
        and(eq(internshipSignatures.internshipId, internship.id), isNull(internshipSignatures.signedAt)),
      );
    const allSigned = unsigned.length === 0;
    if (allSigned) {
      const check = checkInternshipTransition(locked?.status ?? internship.status, "signed");
      if (!check.ok) throw new Error(check.message);
      await tx
        .update(internships)
        .set({ status: "signed", updatedAt: now })
        .where(eq(internships.id, internship.id));
      const [pathway] = await tx.select().from(pathways).where(eq(pathways.id, internship.pathwayId));
      if (pathway) {
        await notifyUsers(tx, mail, [internship.createdByUserId, ...(await internshipStaff(tx, pathway))], {
          message: `La convention de stage de ${fullName(agreement.trainee)} chez ${agreement.company.name} est signée par les quatre parties.`,
          link: internshipsTabLink(pathway.id),
        });
      }
    }
    return { signedAt: now.toISOString(), allSigned };
  });
}
