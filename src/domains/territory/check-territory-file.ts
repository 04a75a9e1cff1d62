import type { z } from "zod";
import { REGION_ORGANISATION_CODE } from "./territory.vocabulary";
import { SECTION_LABELS, type Section, type TerritoryFile, territoryFileSchema } from "./territory-file";

/**
 * The references of a territory file, checked without the database: every code a lot, an organisation
 * or a site names must be in the file, every commune in `knownCommuneCodes`. Returns one French
 * sentence per problem, each naming its entry; an empty list means the file may be imported.
 */
export function checkTerritoryFile(file: TerritoryFile, knownCommuneCodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const entry = (section: Section, code: string) => `${SECTION_LABELS[section]} ${code}`;
  for (const section of ["basins", "lots", "organisations", "sites"] as const) {
    const seen = new Set<string>();
    for (const { code } of file[section]) {
      if (seen.has(code)) problems.push(`${entry(section, code)} : ce code est utilisé plusieurs fois`);
      seen.add(code);
    }
  }

  const basinOfCommune = new Map<string, string>();
  for (const basin of file.basins) {
    for (const commune of basin.communes) {
      const owner = basinOfCommune.get(commune);
      if (!knownCommuneCodes.has(commune)) {
        problems.push(`${entry("basins", basin.code)} : la commune « ${commune} » n'existe pas`);
      } else if (owner === basin.code) {
        problems.push(`${entry("basins", basin.code)} : la commune « ${commune} » est citée plusieurs fois`);
      } else if (owner) {
        problems.push(
          `${entry("basins", basin.code)} : la commune « ${commune} » est déjà dans le bassin ${owner}`,
        );
      } else {
        basinOfCommune.set(commune, basin.code);
      }
    }
  }

  const basinCodes = new Set(file.basins.map((basin) => basin.code));
  const organisations = new Map(file.organisations.map((organisation) => [organisation.code, organisation]));
  const isOperator = (code: string) => {
    const kind = organisations.get(code)?.kind;
    return kind === "training_organisation" || kind === "consortium";
  };
  const missingOrganisation = (code: string) => `l'organisation « ${code} » n'existe pas`;

  const lotOfBasin = new Map<string, string>();
  for (const lot of file.lots) {
    for (const basin of lot.basins) {
      const owner = lotOfBasin.get(basin);
      if (!basinCodes.has(basin)) {
        problems.push(`${entry("lots", lot.code)} : le bassin « ${basin} » n'existe pas`);
      } else if (owner === lot.code) {
        problems.push(`${entry("lots", lot.code)} : le bassin « ${basin} » est cité plusieurs fois`);
      } else if (owner) {
        problems.push(`${entry("lots", lot.code)} : le bassin « ${basin} » est déjà dans le lot ${owner}`);
      } else {
        lotOfBasin.set(basin, lot.code);
      }
    }
    if (lot.operator && !organisations.has(lot.operator)) {
      problems.push(`${entry("lots", lot.code)} : ${missingOrganisation(lot.operator)}`);
    } else if (lot.operator && !isOperator(lot.operator)) {
      problems.push(
        `${entry("lots", lot.code)} : « ${lot.operator} » n'est ni un organisme de formation ni un groupement`,
      );
    }
  }

  for (const organisation of file.organisations) {
    problems.push(
      ...checkOrganisation(organisation, organisations).map(
        (problem) => `${entry("organisations", organisation.code)} : ${problem}`,
      ),
    );
  }

  const lotCodes = new Set(file.lots.map((lot) => lot.code));
  for (const site of file.sites) {
    const where = entry("sites", site.code);
    if (!lotCodes.has(site.lot)) problems.push(`${where} : le lot « ${site.lot} » n'existe pas`);
    if (!organisations.has(site.organisation)) {
      problems.push(`${where} : ${missingOrganisation(site.organisation)}`);
    } else if (!isOperator(site.organisation)) {
      problems.push(
        `${where} : « ${site.organisation} » n'est ni un organisme de formation ni un groupement`,
      );
    }
    if (!knownCommuneCodes.has(site.commune)) {
      problems.push(`${where} : la commune « ${site.commune} » n'existe pas`);
    }
  }
  return problems;
}

type OrganisationEntry = TerritoryFile["organisations"][number];

function checkOrganisation(
  organisation: OrganisationEntry,
  organisations: ReadonlyMap<string, OrganisationEntry>,
): string[] {
  const problems: string[] = [];
  if (organisation.code === REGION_ORGANISATION_CODE) {
    problems.push(`le code ${REGION_ORGANISATION_CODE} est réservé à la Région`);
  }
  if (organisation.kind === "prescriber" && !organisation.networkType) {
    problems.push("une structure prescriptrice doit indiquer son réseau (networkType)");
  }
  if (organisation.kind !== "prescriber" && organisation.networkType) {
    problems.push("seule une structure prescriptrice a un réseau (networkType)");
  }
  if (organisation.consortium) {
    const consortium = organisations.get(organisation.consortium);
    if (organisation.kind !== "training_organisation") {
      problems.push("seul un organisme de formation peut être membre d'un groupement");
    } else if (!consortium) {
      problems.push(`le groupement « ${organisation.consortium} » n'existe pas`);
    } else if (consortium.kind !== "consortium") {
      problems.push(`« ${organisation.consortium} » n'est pas un groupement`);
    }
  }
  if (organisation.lead) {
    const lead = organisations.get(organisation.lead);
    if (organisation.kind !== "consortium") {
      problems.push("seul un groupement a un membre mandataire (lead)");
    } else if (!lead) {
      problems.push(`le membre mandataire « ${organisation.lead} » n'existe pas`);
    } else if (lead.consortium !== organisation.code) {
      problems.push(`le membre mandataire « ${organisation.lead} » n'est pas membre de ce groupement`);
    }
  }
  return problems;
}

export type TerritoryFileValidation = { ok: true; file: TerritoryFile } | { ok: false; problems: string[] };

/** Parses raw JSON into a territory file and checks its references: every problem at once. */
export function validateTerritoryFile(
  raw: unknown,
  knownCommuneCodes: ReadonlySet<string>,
): TerritoryFileValidation {
  const parsed = territoryFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(raw, issue)) };
  const problems = checkTerritoryFile(parsed.data, knownCommuneCodes);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/** A schema issue, named by its entry's code when it has one: `site S001 : capacity — …`. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [section, index, ...field] = issue.path;
  if (typeof section !== "string" || !(section in SECTION_LABELS) || typeof index !== "number") {
    return `${issue.path.join(".") || "fichier"} : ${issue.message}`;
  }
  const rawEntry = (raw as Record<string, unknown[]>)[section]?.[index] as { code?: unknown } | undefined;
  const name =
    typeof rawEntry?.code === "string" && rawEntry.code.trim() !== "" ? rawEntry.code : `n° ${index + 1}`;
  const label = SECTION_LABELS[section as Section];
  return `${label} ${name} : ${field.length > 0 ? `${field.join(".")} — ` : ""}${issue.message}`;
}
