import type { SessionHeaders, TestApp } from "../../../tests/support/test-app";
import { parisDay } from "../paris-time";
import type { HostCompanyBody, InternshipBody } from "./internships.schemas";

/** Test data for internship tests: valid SIRETs, dates from today, a company and an internship by the API. */

let counter = 0;

/** A SIRET nobody has used in this run, with a good Luhn key. */
export function uniqueSiret(): string {
  counter += 1;
  const base = `${(Date.now() % 1e9).toString().padStart(9, "0")}${String(counter).padStart(4, "0")}`;
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${base}${key}`;
    let sum = 0;
    for (let index = 0; index < 14; index += 1) {
      let digit = Number(candidate[13 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("no Luhn key");
}

/** The Paris calendar day `days` from today, `YYYY-MM-DD`. */
export const daysFromToday = (days: number) => parisDay(new Date(Date.now() + days * 86_400_000));

export function companyBody(overrides: Partial<HostCompanyBody> = {}): HostCompanyBody {
  return {
    siret: uniqueSiret(),
    name: "Propreté Garonne",
    address: "3 rue des Lilas",
    postalCode: "33000",
    city: "Bordeaux",
    sector: "Nettoyage et services aux entreprises",
    ...overrides,
  };
}

export function internshipBody(
  hostCompanyId: string,
  overrides: Partial<InternshipBody> = {},
): InternshipBody {
  return {
    hostCompanyId,
    tutorName: "Hélène Roux",
    tutorJobTitle: "Cheffe d'équipe",
    tutorEmail: `tutrice.${crypto.randomUUID().slice(0, 8)}@exemple.test`,
    tutorPhone: "05 56 00 00 00",
    startDate: daysFromToday(7),
    endDate: daysFromToday(11),
    dailySchedule: "Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h",
    hours: 35,
    romeCode: "K2204",
    objective: "discover_job",
    activities: "Nettoyage de bureaux, préparation du chariot, tri des déchets.",
    ...overrides,
  };
}

/** A company and a draft internship of the pathway, made through the API by `session`. */
export async function draftInternship(
  t: TestApp,
  session: SessionHeaders,
  pathwayId: string,
  overrides: Partial<InternshipBody> = {},
) {
  const company = await t.request(
    { method: "POST", url: "/api/host-companies", payload: companyBody() },
    session,
  );
  if (company.statusCode !== 201) throw new Error(company.body);
  const created = await t.request(
    {
      method: "POST",
      url: `/api/pathways/${pathwayId}/internships`,
      payload: internshipBody(company.json().id, overrides),
    },
    session,
  );
  if (created.statusCode !== 201) throw new Error(created.body);
  return created.json() as { id: string; tutorEmail: string; startDate: string; endDate: string };
}
