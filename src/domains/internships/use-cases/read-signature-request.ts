import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { fullName } from "../../referrals/referral-record";
import type { SignatureRequest } from "../internships.schemas";
import { internshipSignatures } from "../internships.tables";
import { signatureByToken } from "../signature-record";

/** What a signer reads before signing, from their link: the link is the permission. */
export async function readSignatureRequest(db: Db, token: string): Promise<SignatureRequest> {
  const { signature, internship, agreement } = await signatureByToken(db, token);
  const signed = await db
    .select({ party: internshipSignatures.party })
    .from(internshipSignatures)
    .where(
      and(eq(internshipSignatures.internshipId, internship.id), isNotNull(internshipSignatures.signedAt)),
    );
  return {
    party: signature.party,
    signerName: signature.signerName,
    alreadySigned: signed.map((row) => row.party),
    agreement: {
      traineeName: fullName(agreement.trainee),
      companyName: agreement.company.name,
      companyCity: agreement.company.city,
      tutorName: agreement.tutor.name,
      siteName: agreement.trainingOrganisation.siteName,
      startDate: agreement.period.startDate,
      endDate: agreement.period.endDate,
      dailySchedule: agreement.dailySchedule,
      hours: agreement.hours,
      job: `${agreement.job.romeCode} — ${agreement.job.label}`,
      objective: agreement.objective,
      activities: agreement.activities,
    },
  };
}
