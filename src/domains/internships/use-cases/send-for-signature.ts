import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { parisDay } from "../../paris-time";
import { fullName, personOf } from "../../referrals/referral-record";
import { agreementHash } from "../agreement";
import { loadAgreement } from "../agreement-data";
import { signatureRequestEmail } from "../internship-emails";
import { internshipMention, userContact } from "../internship-parties";
import { internshipFor } from "../internship-record";
import { checkInternshipTransition } from "../internship-status";
import type { SignatoryParty } from "../internship-vocabulary";
import type { InternshipItem, SendForSignatureBody } from "../internships.schemas";
import { internshipSignatures, internships } from "../internships.tables";
import { newLinkSecret } from "../signature-links";
import { internshipView } from "./list-internships";

type Signer = { name: string; email: string };

/**
 * Sends an internship's agreement to its four parties: the agreement is frozen (its fingerprint kept),
 * each party gets a single-use link that expires after `linkDays`, by e-mail. All in one transaction.
 */
export async function sendForSignature(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { id: string; linkDays: number; signatories: SendForSignatureBody },
): Promise<InternshipItem> {
  const actor = context.actor as Actor;
  await db.transaction(async (tx) => {
    const { internship, pathway } = await internshipFor(tx, actor, input.id, "manage", { forUpdate: true });
    const check = checkInternshipTransition(internship.status, "awaiting_signatures");
    if (!check.ok) throw conflict(check.message);
    if (internship.startDate < parisDay(new Date())) {
      throw badRequest("La date de début est passée : changez les dates avant d'envoyer la convention.");
    }
    const person = await personOf(tx, pathway.personId);
    if (!person.email) {
      throw badRequest(
        `${fullName(person)} n'a pas d'adresse e-mail : elle est nécessaire pour signer la convention.`,
      );
    }
    const referent = input.signatories.referent ?? (await userContact(tx, pathway.referentUserId));
    if (!referent) {
      throw badRequest(
        "Ce parcours n'a pas de référent·e prescripteur·rice : indiquez qui signe pour le prescripteur.",
      );
    }
    const signers: Record<SignatoryParty, Signer> = {
      trainee: { name: fullName(person), email: person.email },
      company: input.signatories.company ?? { name: internship.tutorName, email: internship.tutorEmail },
      training_organisation: input.signatories.trainingOrganisation ?? {
        name: (await userContact(tx, actor.userId))?.name ?? actor.email,
        email: actor.email,
      },
      referent,
    };
    const hash = agreementHash(await loadAgreement(tx, internship.id));
    await tx
      .update(internships)
      .set({ status: "awaiting_signatures", agreementHash: hash, updatedAt: new Date() })
      .where(eq(internships.id, internship.id));
    const mention = await internshipMention(tx, internship, pathway.personId);
    for (const [party, signer] of Object.entries(signers) as [SignatoryParty, Signer][]) {
      const link = newLinkSecret(input.linkDays);
      await tx.insert(internshipSignatures).values({
        internshipId: internship.id,
        party,
        signerName: signer.name,
        signerEmail: signer.email,
        tokenHash: link.tokenHash,
        expiresAt: link.expiresAt,
      });
      await queueEmail(
        tx,
        signatureRequestEmail(mail, {
          to: signer.email,
          name: signer.name,
          party,
          internship: mention,
          token: link.token,
          expiresAt: link.expiresAt,
          reminder: false,
        }),
      );
    }
    await recordAuditEvent(tx, context, {
      action: "internship.sendForSignature",
      recordType: "internship",
      recordId: internship.id,
    });
  });
  return internshipView(db, input.id);
}
