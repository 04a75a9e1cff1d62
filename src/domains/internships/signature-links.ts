import type { MailSettings } from "../accounts/account-emails";
import { hashToken, newSecretToken } from "../accounts/secret-tokens";

const DAY_MS = 86_400_000;

/** A fresh single-use link secret: the token goes in the e-mail, only its hash is stored. */
export function newLinkSecret(lifetimeDays: number, now = new Date()) {
  const token = newSecretToken();
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + lifetimeDays * DAY_MS) };
}

export const signatureLink = (settings: MailSettings, token: string) =>
  `${settings.publicUrl}/signer?jeton=${encodeURIComponent(token)}`;

export const assessmentLink = (settings: MailSettings, token: string) =>
  `${settings.publicUrl}/evaluation-stage?jeton=${encodeURIComponent(token)}`;
