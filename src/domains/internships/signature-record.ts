import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { HttpError } from "../../server/http-errors";
import { hashToken } from "../accounts/secret-tokens";
import { formatParisDateTime } from "../paris-time";
import { agreementHash } from "./agreement";
import { loadAgreement } from "./agreement-data";
import { internshipSignatures, internships } from "./internships.tables";

export const LINK_REFUSALS = {
  unknown:
    "Ce lien n'est pas valable, ou il a été remplacé par un lien plus récent : utilisez le dernier lien reçu par e-mail.",
  cancelled: "Cette convention de stage a été annulée : il n'y a plus rien à signer.",
  changed:
    "La convention a été modifiée depuis l'envoi de ce lien : elle ne peut plus être signée ainsi. Contactez l'organisme de formation.",
} as const;

const gone = (message: string, code: string) => new HttpError(410, message, code);

/**
 * The signature a link stands for, while it may still be signed (locked when `forUpdate`), with the
 * agreement as it stands now; otherwise the refusal in French: unknown or replaced (404), already signed,
 * expired or cancelled (410), agreement changed since it was sent (409).
 */
export async function signatureByToken(db: Db, token: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ signature: internshipSignatures, internship: internships })
    .from(internshipSignatures)
    .innerJoin(internships, eq(internships.id, internshipSignatures.internshipId))
    .where(eq(internshipSignatures.tokenHash, hashToken(token)));
  const [row] = options.forUpdate ? await query.for("update", { of: internshipSignatures }) : await query;
  if (!row) throw new HttpError(404, LINK_REFUSALS.unknown, "token_unknown");
  const { signature, internship } = row;
  if (signature.usedAt) {
    const when = signature.signedAt ? ` le ${formatParisDateTime(signature.signedAt)}` : "";
    throw gone(
      `Cette convention a déjà été signée avec ce lien${when}. Un lien ne sert qu'une fois.`,
      "token_used",
    );
  }
  if (internship.status === "cancelled") throw gone(LINK_REFUSALS.cancelled, "cancelled");
  if (signature.expiresAt <= new Date()) {
    throw gone(
      `Ce lien a expiré le ${formatParisDateTime(signature.expiresAt)} : demandez un nouveau lien à l'organisme de formation.`,
      "token_expired",
    );
  }
  const agreement = await loadAgreement(db, internship.id);
  if (internship.status !== "awaiting_signatures" || agreementHash(agreement) !== internship.agreementHash) {
    throw new HttpError(409, LINK_REFUSALS.changed, "agreement_changed");
  }
  return { signature, internship, agreement };
}

/** « Hélène  ROUX » and « roux helene » are the same name; « Hélène Martin » is not. */
export function sameName(typed: string, expected: string): boolean {
  const words = (name: string) =>
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean)
      .sort()
      .join(" ");
  return words(typed) === words(expected);
}
