import { describe, expect, it } from "vitest";
import { internshipLinkProblems } from "./plan-internship-links";

const ours = new Set(["a", "b"]);
const internship = (internshipId?: unknown) => ({ kind: "internship", hours: 70, internshipId });

describe("internshipLinkProblems", () => {
  it("accepts internships linked to none, or each to one of the pathway's own", () => {
    expect(internshipLinkProblems([internship(), internship(null), internship("a")], ours)).toEqual([]);
    expect(internshipLinkProblems([internship("b"), internship("a")], ours)).toEqual([]);
  });

  it("refuses an internship of another pathway, or no internship at all, naming the item", () => {
    expect(internshipLinkProblems([{ kind: "module" }, internship("z"), internship(42)], ours)).toEqual([
      "Élément 2 : ce stage n'appartient pas à ce parcours.",
      "Élément 3 : ce stage n'appartient pas à ce parcours.",
    ]);
  });

  it("refuses one internship linked to two items", () => {
    expect(internshipLinkProblems([internship("a"), internship("b"), internship("a")], ours)).toEqual([
      "Élément 3 : ce stage est déjà relié à l'élément 1.",
    ]);
  });

  it("refuses a link on an item that is not an internship", () => {
    expect(internshipLinkProblems([{ kind: "module", internshipId: "a" }], ours)).toEqual([
      "Élément 1 : seul un stage peut être relié à un stage enregistré.",
    ]);
  });
});
