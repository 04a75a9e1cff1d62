import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { HttpError } from "../../server/http-errors";
import type { MailSettings } from "../accounts/account-emails";
import { hashToken } from "../accounts/secret-tokens";
import { queueEmail } from "../mail/queue-email";
import { formatParisDateTime } from "../paris-time";
import { assessmentRequestEmail, type InternshipMention } from "./internship-emails";
import { internships, tutorAssessments } from "./internships.tables";
import { newLinkSecret } from "./signature-links";

/** E-mails the tutor a single-use link to assess the internship; an earlier unused link stops working. */
export async function issueAssessmentLink(
  db: Db,
  mail: MailSettings,
  internship: typeof internships.$inferSelect,
  mention: InternshipMention,
  linkDays: number,
): Promise<void> {
  const now = new Date();
  const link = newLinkSecret(linkDays, now);
  await db
    .insert(tutorAssessments)
    .values({ internshipId: internship.id, tokenHash: link.tokenHash, expiresAt: link.expiresAt })
    .onConflictDoUpdate({
      target: tutorAssessments.internshipId,
      set: { tokenHash: link.tokenHash, expiresAt: link.expiresAt, updatedAt: now },
    });
  await queueEmail(
    db,
    assessmentRequestEmail(mail, {
      to: internship.tutorEmail,
      name: internship.tutorName,
      internship: mention,
      token: link.token,
      expiresAt: link.expiresAt,
    }),
  );
}

/** The assessment a tutor's link stands for, while it may be filled in; otherwise why not, in French. */
export async function assessmentByToken(db: Db, token: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ assessment: tutorAssessments, internship: internships })
    .from(tutorAssessments)
    .innerJoin(internships, eq(internships.id, tutorAssessments.internshipId))
    .where(eq(tutorAssessments.tokenHash, hashToken(token)));
  const [row] = options.forUpdate ? await query.for("update", { of: tutorAssessments }) : await query;
  if (!row) {
    throw new HttpError(
      404,
      "Ce lien n'est pas valable, ou il a été remplacé par un lien plus récent : utilisez le dernier lien reçu par e-mail.",
      "token_unknown",
    );
  }
  if (row.assessment.usedAt) {
    throw new HttpError(
      410,
      "Votre avis sur ce stage a déjà été envoyé. Merci ! Ce lien ne sert qu'une fois.",
      "token_used",
    );
  }
  if (row.internship.status === "cancelled") {
    throw new HttpError(410, "Ce stage a été annulé : il n'y a pas d'avis à donner.", "cancelled");
  }
  if (row.assessment.expiresAt <= new Date()) {
    throw new HttpError(
      410,
      `Ce lien a expiré le ${formatParisDateTime(row.assessment.expiresAt)} : demandez un nouveau lien à l'organisme de formation.`,
      "token_expired",
    );
  }
  return row;
}
