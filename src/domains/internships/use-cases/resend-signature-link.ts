import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict, notFound } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { internshipMention } from "../internship-parties";
import { internshipFor } from "../internship-record";
import { SIGNATORY_PARTY_LABELS, type SignatoryParty } from "../internship-vocabulary";
import type { InternshipItem } from "../internships.schemas";
import { internshipSignatures } from "../internships.tables";
import { reissueSignatureLink } from "../reissue-signature-link";
import { internshipView } from "./list-internships";

/** Sends a party a new link to sign; the old one stops working. */
export async function resendSignatureLink(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { id: string; party: SignatoryParty; linkDays: number },
): Promise<InternshipItem> {
  await db.transaction(async (tx) => {
    const { internship, pathway } = await internshipFor(tx, context.actor as Actor, input.id, "manage", {
      forUpdate: true,
    });
    if (internship.status !== "awaiting_signatures") {
      throw conflict("Cette convention n'attend pas de signature : il n'y a pas de lien à renvoyer.");
    }
    const [signature] = await tx
      .select()
      .from(internshipSignatures)
      .where(
        and(
          eq(internshipSignatures.internshipId, internship.id),
          eq(internshipSignatures.party, input.party),
        ),
      )
      .for("update");
    if (!signature) throw notFound("Signataire introuvable.");
    if (signature.signedAt) throw conflict(`${SIGNATORY_PARTY_LABELS[input.party]} a déjà signé.`);
    await reissueSignatureLink(
      tx,
      mail,
      signature,
      await internshipMention(tx, internship, pathway.personId),
      {
        linkDays: input.linkDays,
        reminder: false,
      },
    );
    await recordAuditEvent(tx, context, {
      action: "internship.resendLink",
      recordType: "internship",
      recordId: internship.id,
      details: { party: input.party },
    });
  });
  return internshipView(db, input.id);
}
