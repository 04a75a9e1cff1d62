export const MAX_SEND_ATTEMPTS = 8;

/** How long to wait after a failed attempt: 1, 2, 4… minutes, at most 4 hours. */
export function retryDelayMs(attempts: number): number {
  const minutes = Math.min(2 ** Math.max(attempts - 1, 0), 240);
  return minutes * 60 * 1000;
}
