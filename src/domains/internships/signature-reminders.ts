/**
 * When a party who has not signed is reminded: 3 days after the last link they were e-mailed (first
 * sending, new link or reminder), at most 3 times.
 */
export const REMINDER_INTERVAL_DAYS = 3;
export const MAX_REMINDERS = 3;

const DAY_MS = 86_400_000;

export function reminderDue(
  signature: { signedAt: Date | null; remindersSent: number; lastLinkSentAt: Date },
  now: Date,
): boolean {
  return (
    signature.signedAt === null &&
    signature.remindersSent < MAX_REMINDERS &&
    now.getTime() - signature.lastLinkSentAt.getTime() >= REMINDER_INTERVAL_DAYS * DAY_MS
  );
}
