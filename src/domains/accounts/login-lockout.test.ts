import { describe, expect, it } from "vitest";
import { afterFailedLogin, isLocked, LOCKOUT_DURATION_MS, lockoutMessage } from "./login-lockout";

const now = new Date("2026-03-02T13:17:00Z");

describe("login lockout", () => {
  it("counts failures and locks on the fifth for 15 minutes", () => {
    let state = { failedLoginCount: 0, lockedUntil: null as Date | null };
    for (let attempt = 1; attempt <= 4; attempt++) {
      state = afterFailedLogin(state, now);
      expect(state).toEqual({ failedLoginCount: attempt, lockedUntil: null });
    }
    state = afterFailedLogin(state, now);
    expect(state.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_DURATION_MS);
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, new Date(now.getTime() + LOCKOUT_DURATION_MS))).toBe(false);
  });

  it("starts counting again once a lock has expired", () => {
    const expired = { failedLoginCount: 3, lockedUntil: new Date(now.getTime() - 1000) };
    expect(afterFailedLogin(expired, now).failedLoginCount).toBe(1);
  });

  it("tells when to try again, in Paris time", () => {
    expect(lockoutMessage(new Date("2026-03-02T13:32:00Z"))).toContain("à partir de 14 h 32");
  });
});
