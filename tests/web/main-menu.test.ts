import { describe, expect, it } from "vitest";
import { currentEntry } from "../../web/src/app/MainMenu";

describe("currentEntry", () => {
  const paths = ["/", "/prescriptions", "/prescriptions/nouvelle", "/territoire"];

  it("marks the most precise entry only", () => {
    expect(currentEntry("/prescriptions/nouvelle", paths)).toBe("/prescriptions/nouvelle");
    expect(currentEntry("/prescriptions/3f2c", paths)).toBe("/prescriptions");
    expect(currentEntry("/prescriptions", paths)).toBe("/prescriptions");
  });

  it("marks the home only on the home page, and no entry for a page outside the menu", () => {
    expect(currentEntry("/", paths)).toBe("/");
    expect(currentEntry("/notifications", paths)).toBeUndefined();
    expect(currentEntry("/territoire-bis", paths)).toBeUndefined();
  });
});
