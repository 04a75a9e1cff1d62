import { describe, expect, it } from "vitest";
import { describeNextStep, type NextStep } from "./next-step";

const day = (iso: string) => iso.split("-").reverse().join("/");
const step = (fields: Partial<NextStep> & Pick<NextStep, "kind">): NextStep => ({
  title: null,
  startDate: null,
  contractType: null,
  plan: null,
  ...fields,
});

describe("describeNextStep", () => {
  it("names the kind alone when nothing else is given", () => {
    expect(describeNextStep(step({ kind: "apprenticeship" }), day)).toBe("Apprentissage");
  });

  it("puts the contract, the title, the start date (written by the caller) and the plan after the kind", () => {
    expect(
      describeNextStep(
        step({
          kind: "employment",
          contractType: "cdi",
          title: "Boulangerie Lacoste",
          startDate: "2027-01-05",
        }),
        day,
      ),
    ).toBe("Emploi — CDI — Boulangerie Lacoste — à partir du 05/01/2027");
    expect(describeNextStep(step({ kind: "job_search", plan: "Trois candidatures par semaine" }), day)).toBe(
      "Recherche d'emploi accompagnée — Trois candidatures par semaine",
    );
  });
});
