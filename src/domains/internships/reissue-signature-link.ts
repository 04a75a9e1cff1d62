import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { queueEmail } from "../mail/queue-email";
import { type InternshipMention, signatureRequestEmail } from "./internship-emails";
import { internshipSignatures } from "./internships.tables";
import { newLinkSecret } from "./signature-links";

/**
 * E-mails a party a new link to sign (the previous one stops working: only the new token's hash is
 * kept), valid `linkDays` more days. A reminder also counts as one.
 */
export async function reissueSignatureLink(
  db: Db,
  mail: MailSettings,
  signature: typeof internshipSignatures.$inferSelect,
  mention: InternshipMention,
  options: { linkDays: number; reminder: boolean },
): Promise<void> {
  const now = new Date();
  const link = newLinkSecret(options.linkDays, now);
  await db
    .update(internshipSignatures)
    .set({
      tokenHash: link.tokenHash,
      expiresAt: link.expiresAt,
      updatedAt: now,
      ...(options.reminder ? { remindersSent: signature.remindersSent + 1, lastRemindedAt: now } : {}),
    })
    .where(eq(internshipSignatures.id, signature.id));
  await queueEmail(
    db,
    signatureRequestEmail(mail, {
      to: signature.signerEmail,
      name: signature.signerName,
      party: signature.party,
      internship: mention,
      token: link.token,
      expiresAt: link.expiresAt,
      reminder: options.reminder,
    }),
  );
}
