import { describe, expect, it } from "vitest";
import {
  firstStepWithError,
  formErrors,
  identityErrors,
  initialPrescription,
  type PrescriptionValues,
  personQuery,
  prescriptionOf,
  sameSearch,
  stepErrors,
  stepOf,
} from "../../web/src/features/referrals/new-prescription/prescription-form";

const SITE = "5b7f3c1e-8a2d-4f6b-9c0e-1d2a3b4c5d6e";
const LOT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const ME = "11111111-2222-4333-8444-555555555555";

const filled = (): PrescriptionValues => ({
  ...initialPrescription(ME),
  person: {
    lastName: "Martin",
    firstName: "Élodie",
    birthDate: "1990-04-02",
    franceTravailId: "",
    email: "",
    phone: "06 12 34 56 78",
    communeCode: "33063",
  },
  siteId: SITE,
  motivation: "Reprendre confiance et choisir un métier.",
});

describe("the new prescription's steps", () => {
  it("puts each field of the API on the step that shows it", () => {
    expect(stepOf("person.lastName")).toBe(0);
    expect(stepOf("person")).toBe(0);
    expect(stepOf("siteId")).toBe(1);
    expect(stepOf("lotId")).toBe(1);
    expect(stepOf("motivation")).toBe(2);
    expect(stepOf("knownBarriers.0")).toBe(2);
    expect(stepOf("availability")).toBe(2);
    expect(stepOf("referentUserId")).toBe(3);
    expect(stepOf("something-new")).toBe(3);
  });

  it("goes back to the first step with an error", () => {
    expect(firstStepWithError({})).toBeNull();
    expect(firstStepWithError({ motivation: "x", referentUserId: "y" })).toBe(2);
    expect(firstStepWithError({ referentUserId: "y", "person.phone": "x" })).toBe(0);
  });
});

describe("the API's refusals, by form field", () => {
  it("maps the body's and the search's fields, keeping the first message of each", () => {
    const details = [
      { field: "body.person.lastName", message: "Indiquez le nom." },
      { field: "body.person.lastName", message: "Second message." },
      { field: "querystring.birthDate", message: "Cette date n'existe pas." },
      { field: "body.knownBarriers.2", message: "Thème inconnu." },
    ];
    expect(formErrors(details, "site")).toEqual({
      "person.lastName": "Indiquez le nom.",
      "person.birthDate": "Cette date n'existe pas.",
      "knownBarriers.2": "Thème inconnu.",
    });
  });

  it("shows the « a site or a lot » rule on the field the prescriber sees", () => {
    const details = [{ field: "body.siteId", message: "Choisissez un site, ou un lot." }];
    expect(formErrors(details, "site")).toEqual({ siteId: "Choisissez un site, ou un lot." });
    expect(formErrors(details, "lot")).toEqual({ lotId: "Choisissez un site, ou un lot." });
  });

  it("ignores what is not a field's message", () => {
    expect(formErrors(undefined, "site")).toEqual({});
    expect(formErrors({ field: "body.motivation" }, "site")).toEqual({});
    expect(
      formErrors(
        [{ field: "body", message: "Objet invalide." }, { field: "params.id" }, { message: "Sans champ." }],
        "site",
      ),
    ).toEqual({});
  });
});

describe("each step's checks, with the API's own rules", () => {
  it("asks for the identity before searching, in plain words", () => {
    expect(identityErrors(initialPrescription(ME).person)).toEqual({
      "person.lastName": "Indiquez le nom.",
      "person.firstName": "Indiquez le prénom.",
      "person.birthDate": "Indiquez la date de naissance.",
    });
    expect(identityErrors({ ...filled().person, birthDate: "2020-01-01", franceTravailId: "12AB" })).toEqual({
      "person.birthDate": "La date de naissance doit correspondre à une personne de 16 à 99 ans.",
      "person.franceTravailId": "Identifiant France Travail invalide (8 ou 11 caractères).",
    });
    expect(identityErrors(filled().person)).toEqual({});
  });

  it("then asks for the commune and checks the contact details", () => {
    const values = filled();
    expect(stepErrors(0, values)).toEqual({});
    expect(
      stepErrors(0, { ...values, person: { ...values.person, communeCode: "", email: "pas-un-mail" } }),
    ).toEqual({
      "person.communeCode": "Choisissez la commune où vit la personne.",
      "person.email": "Adresse e-mail invalide.",
    });
  });

  it("wants the site, or the lot when the consortium chooses", () => {
    expect(stepErrors(1, filled())).toEqual({});
    expect(stepErrors(1, { ...filled(), siteId: null })).toEqual({ siteId: "Choisissez un site." });
    expect(stepErrors(1, { ...filled(), destination: "lot" })).toEqual({ lotId: "Choisissez un lot." });
    expect(stepErrors(1, { ...filled(), destination: "lot", lotId: LOT })).toEqual({});
  });

  it("wants the reasons, at most 2,000 characters", () => {
    expect(stepErrors(2, filled())).toEqual({});
    expect(stepErrors(2, { ...filled(), motivation: "   " })).toEqual({
      motivation: "Indiquez les motifs de la prescription.",
    });
    expect(stepErrors(2, { ...filled(), motivation: "a".repeat(2001) })).toEqual({
      motivation: `${(2000).toLocaleString("fr-FR")} caractères au plus.`,
    });
  });
});

describe("the person search and the body sent", () => {
  it("searches trimmed names and an upper-case identifier; the same person spelled otherwise is the same search", () => {
    const query = personQuery({ ...filled().person, lastName: " Martin ", franceTravailId: "1234567a" });
    expect(query).toEqual({
      lastName: "Martin",
      firstName: "Élodie",
      birthDate: "1990-04-02",
      franceTravailId: "1234567A",
    });
    expect(sameSearch(query, { ...query, lastName: "MARTIN", firstName: "elodie" })).toBe(true);
    expect(sameSearch(query, { ...query, birthDate: "1990-04-03" })).toBe(false);
    expect(sameSearch(query, { ...query, franceTravailId: "" })).toBe(false);
  });

  it("sends only the destination chosen", () => {
    const bySite = prescriptionOf({ ...filled(), lotId: LOT });
    expect(bySite).toMatchObject({ siteId: SITE, lotId: null, referentUserId: ME });
    const byLot = prescriptionOf({ ...filled(), destination: "lot", lotId: LOT });
    expect(byLot).toMatchObject({ siteId: null, lotId: LOT });
    expect(byLot.person).toEqual(filled().person);
  });
});
