import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { HttpError } from "../../server/http-errors";
import { hashToken } from "../accounts/secret-tokens";
import { formatParisDateTime } from "../paris-time";
import { pathways } from "../pathways/pathways.tables";
import { people } from "../people/people.tables";
import { linkExpiresAt } from "./follow-up-schedule";
import { followUps } from "./follow-ups.tables";

export const ALREADY_ANSWERED = "Vous avez déjà répondu, merci ! Vos réponses sont bien enregistrées.";
export const UNKNOWN_LINK =
  "Ce lien n'est pas valable, ou il a été remplacé par un lien plus récent : utilisez le dernier lien reçu par e-mail.";

/**
 * The one follow-up a link stands for (its token's hash is unique), with its person's first name, locked
 * when `forUpdate`; unknown or replaced (404) and expired (410) links are refused in French. The link
 * is the permission: nothing else (an id, another token) opens a questionnaire.
 */
export async function followUpByToken(
  db: Db,
  token: string,
  linkDays: number,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select({ followUp: followUps, personId: pathways.personId, firstName: people.firstName })
    .from(followUps)
    .innerJoin(pathways, eq(pathways.id, followUps.pathwayId))
    .innerJoin(people, eq(people.id, pathways.personId))
    .where(eq(followUps.tokenHash, hashToken(token)));
  const [row] = options.forUpdate ? await query.for("update", { of: followUps }) : await query;
  if (!row) throw new HttpError(404, UNKNOWN_LINK, "token_unknown");
  const expiresAt = linkExpiresAt(row.followUp, linkDays);
  if (!row.followUp.answeredAt && expiresAt && expiresAt <= new Date()) {
    throw new HttpError(
      410,
      `Ce lien a expiré le ${formatParisDateTime(expiresAt)}. L'organisme de formation vous appellera peut-être pour vous poser ces questions.`,
      "token_expired",
    );
  }
  return row;
}
