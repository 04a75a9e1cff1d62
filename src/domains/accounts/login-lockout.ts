export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_DURATION_MS = 15 * 60 * 1000;

export type LoginGuardState = { failedLoginCount: number; lockedUntil: Date | null };

export function isLocked(state: LoginGuardState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/**
 * The state after one more wrong password: the fifth in a row locks the account for 15 minutes,
 * after which the count starts again from zero.
 */
export function afterFailedLogin(state: LoginGuardState, now: Date): LoginGuardState {
  const previous = state.lockedUntil !== null && state.lockedUntil <= now ? 0 : state.failedLoginCount;
  const failedLoginCount = previous + 1;
  if (failedLoginCount >= MAX_FAILED_LOGINS) {
    return { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_DURATION_MS) };
  }
  return { failedLoginCount, lockedUntil: state.lockedUntil };
}

/** "Réessayez à 14 h 32." — when a locked account may try again, in Paris time. */
export function lockoutMessage(lockedUntil: Date): string {
  const time = new Intl.DateTimeFormat("fr-FR", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Paris",
  }).format(lockedUntil);
  return `Trop de tentatives de connexion : ce compte est bloqué pour 15 minutes. Réessayez à partir de ${time.replace(":", " h ")}, ou réinitialisez votre mot de passe.`;
}
