import { describe, expect, it } from "vitest";
import { type AgreementData, agreementHash, canonicalJson } from "./agreement";

const agreement: AgreementData = {
  trainee: { lastName: "Durand", firstName: "Camille", birthDate: "1995-03-14" },
  company: {
    siret: "73282932000074",
    name: "Propreté Garonne",
    address: "3 rue des Lilas",
    postalCode: "33000",
    city: "Bordeaux",
    sector: "Nettoyage",
  },
  tutor: { name: "Hélène Roux", jobTitle: "Cheffe d'équipe", email: "helene@exemple.test", phone: null },
  trainingOrganisation: { name: "OF", siteName: "Site", siteAddress: null, siteCommune: "Bordeaux" },
  referent: { name: "Conseillère", organisation: "France Travail" },
  period: { startDate: "2026-10-05", endDate: "2026-10-09" },
  dailySchedule: "9 h – 12 h, 13 h 30 – 17 h",
  hours: 32.5,
  job: { romeCode: "K2204", label: "Nettoyage de locaux" },
  objective: "discover_job",
  activities: null,
};

describe("agreement fingerprint", () => {
  it("writes keys in order, whatever order the object was built in", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: "é" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"e":"é","f":null}]},"b":1}',
    );
  });

  it("gives the same hash for the same agreement, another for any change", () => {
    const reordered = JSON.parse(JSON.stringify(agreement)) as AgreementData;
    expect(agreementHash(reordered)).toBe(agreementHash(agreement));
    expect(agreementHash(agreement)).toMatch(/^[0-9a-f]{64}$/);
    expect(agreementHash({ ...agreement, hours: 33 })).not.toBe(agreementHash(agreement));
    expect(agreementHash({ ...agreement, tutor: { ...agreement.tutor, name: "Helene Roux" } })).not.toBe(
      agreementHash(agreement),
    );
  });
});
