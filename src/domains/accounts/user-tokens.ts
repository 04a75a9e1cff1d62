import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/database";
import { HttpError } from "../../server/http-errors";
import { type TokenPurpose, users, userTokens } from "./accounts.tables";
import { hashToken, newSecretToken } from "./secret-tokens";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
  sign_in: 30 * 60 * 1000,
};

/** Creates a single-use link token; the user's earlier unused tokens of that purpose stop working. */
export async function issueUserToken(db: Db, userId: string, purpose: TokenPurpose): Promise<string> {
  const token = newSecretToken();
  const now = new Date();
  await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  await db.insert(userTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
  });
  return token;
}

const UNUSABLE_MESSAGES: Record<TokenPurpose, { unknown: string; used: string; expired: string }> = {
  invitation: {
    unknown: "Cette invitation n'existe pas. Vérifiez le lien reçu par e-mail.",
    used: "Cette invitation a déjà servi ou a été remplacée par une plus récente. Si vous avez déjà créé votre mot de passe, connectez-vous.",
    expired:
      "Cette invitation a expiré (elle était valable 7 jours). Demandez à l'administrateur de votre structure de vous en renvoyer une.",
  },
  password_reset: {
    unknown: "Ce lien de réinitialisation n'est pas valable. Demandez-en un nouveau.",
    used: "Ce lien de réinitialisation a déjà servi ou a été remplacé par un plus récent. Demandez-en un nouveau si besoin.",
    expired: "Ce lien de réinitialisation a expiré (il était valable 1 heure). Demandez-en un nouveau.",
  },
  sign_in: {
    unknown: "Ce lien de connexion n'est pas valable. Demandez-en un nouveau.",
    used: "Ce lien de connexion a déjà servi. Demandez-en un nouveau.",
    expired: "Ce lien de connexion a expiré (il était valable 30 minutes). Demandez-en un nouveau.",
  },
};

export type TokenRefusal = "unknown" | "used" | "expired";

/** Refuses an unusable token: 400 unless `statuses` says otherwise for the reason. */
export function refuseToken(
  purpose: TokenPurpose,
  reason: TokenRefusal,
  statuses: Partial<Record<TokenRefusal, number>> = {},
): HttpError {
  return new HttpError(statuses[reason] ?? 400, UNUSABLE_MESSAGES[purpose][reason], `token_${reason}`);
}

/** The user a still-valid token belongs to, or why it cannot be used. Inactive users' tokens are unknown. */
export async function findUsableToken(
  db: Db,
  token: string,
  purpose: TokenPurpose,
): Promise<{ tokenId: string; user: typeof users.$inferSelect } | { refusal: TokenRefusal }> {
  const [row] = await db
    .select({ token: userTokens, user: users })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose)))
    .limit(1);
  if (!row?.user.active) return { refusal: "unknown" };
  if (row.token.usedAt) return { refusal: "used" };
  if (row.token.expiresAt <= new Date()) return { refusal: "expired" };
  return { tokenId: row.token.id, user: row.user };
}

/** Marks the token used; `false` when another request used it first. */
export async function consumeToken(db: Db, tokenId: string): Promise<boolean> {
  const used = await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.id, tokenId), isNull(userTokens.usedAt)))
    .returning({ id: userTokens.id });
  return used.length === 1;
}
