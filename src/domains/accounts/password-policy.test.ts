import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("accepts 12 characters or more", () => {
    expect(passwordProblem("douze-carac!")).toBeNull();
    expect(passwordProblem("une phrase de passe assez longue")).toBeNull();
  });

  it("refuses fewer than 12 characters, counting accented letters once", () => {
    expect(passwordProblem("onze-caract")).toBe("Le mot de passe doit contenir au moins 12 caractères.");
    expect(passwordProblem("éééééééééée")).not.toBeNull();
    expect(passwordProblem("")).not.toBeNull();
  });

  it("refuses blank and oversized passwords", () => {
    expect(passwordProblem(" ".repeat(20))).toBe("Le mot de passe ne peut pas être fait que d'espaces.");
    expect(passwordProblem("a".repeat(201))).toBe("Le mot de passe ne peut pas dépasser 200 caractères.");
  });
});
