import { DEPARTMENT_NAMES, type PrescriberNetwork } from "../../domains/territory/territory.vocabulary";
import type { TerritoryFileInput } from "../../domains/territory/territory-file";
import type { Random } from "./random";

type OrganisationInput = NonNullable<TerritoryFileInput["organisations"]>[number];

/** The consortia of the demo and the départements whose lots they run; three members each. */
export const CONSORTIA = [
  { code: "GRP01", name: "Groupement Tremplin Gironde", departments: ["33"] },
  { code: "GRP02", name: "Groupement Périgord-Garonne", departments: ["24", "47"] },
  { code: "GRP03", name: "Groupement Adour-Pyrénées", departments: ["40", "64"] },
  { code: "GRP04", name: "Groupement Atlantique-Poitou", departments: ["17", "79"] },
  { code: "GRP05", name: "Groupement Charente-Vienne", departments: ["16", "86"] },
  { code: "GRP06", name: "Groupement Limousin", departments: ["19", "23", "87"] },
] as const;
const MEMBERS_PER_CONSORTIUM = 3;

/** Organisations that run one lot on their own, outside any consortium: [code, département]. */
export const INDEPENDENT_OPERATORS = [
  ["OF19", "64"],
  ["OF20", "17"],
] as const;

const NAME_STEMS = [
  "Archipel",
  "Boussole",
  "Cap Avenir",
  "Déclic",
  "Élan",
  "Envol",
  "Escale",
  "Horizons",
  "Impulsion",
  "Parcours",
  "Passerelles",
  "Relais",
  "Ricochet",
  "Sémaphore",
  "Sillage",
  "Trajectoires",
  "Tremplin",
  "Boréal",
  "Aubépine",
  "Alizé",
];
const NAME_ENDINGS = ["Formation", "Compétences", "Insertion", "Emploi et Formation", "Conseil Formation"];

/** Universities that prescribe, by département (only where a university has its seat). */
const UNIVERSITIES: Readonly<Record<string, string>> = {
  "17": "La Rochelle Université — service d'orientation",
  "33": "Université de Bordeaux — service d'orientation",
  "64": "Université de Pau et des Pays de l'Adour — service d'orientation",
  "86": "Université de Poitiers — service d'orientation",
  "87": "Université de Limoges — service d'orientation",
};

/** Prescriber networks and the code prefix of their organisations (FT33, ML33…). */
const PRESCRIBERS: readonly [string, PrescriberNetwork, (department: string, town: string) => string][] = [
  ["FT", "france_travail", (d) => `France Travail ${d}`],
  ["ML", "mission_locale", (d) => `Mission Locale ${d}`],
  ["CE", "cap_emploi", (d) => `Cap emploi ${d}`],
  ["CD", "departmental_council", (d) => `Conseil départemental — ${d}`],
  ["IAE", "iae", (d) => `Réseau IAE ${d}`],
  ["CCAS", "ccas_cias", (_d, town) => `CCAS de ${town}`],
  ["PV", "city_policy", (_d, town) => `Politique de la ville — ${town}`],
  ["AUTRE", "other", (_d, town) => `Régie de quartier de ${town}`],
];

/** A SIRET-shaped number starting with 000, so that it cannot be taken for a real establishment. */
const fictitiousSiret = (random: Random) =>
  `000${Array.from({ length: 11 }, () => random.integer(0, 9)).join("")}`;

/** ~20 training organisations (fictitious) in six consortia, plus two that work alone. */
export function buildTrainingOrganisations(random: Random): OrganisationInput[] {
  const stems = random.shuffle(NAME_STEMS);
  let next = 0;
  const trainingOrganisation = (
    code: string,
    department: string,
    consortium?: string,
  ): OrganisationInput => ({
    code,
    name: `${stems[next++]} ${random.pick(NAME_ENDINGS)} (fictif)`,
    siret: fictitiousSiret(random),
    kind: "training_organisation",
    department,
    consortium,
  });
  const result: OrganisationInput[] = [];
  CONSORTIA.forEach((consortium, index) => {
    const members = Array.from({ length: MEMBERS_PER_CONSORTIUM }, (_, member) =>
      trainingOrganisation(
        memberCode(index, member),
        consortium.departments[member % consortium.departments.length] ?? "",
        consortium.code,
      ),
    );
    result.push(
      {
        code: consortium.code,
        name: `${consortium.name} (fictif)`,
        kind: "consortium",
        department: consortium.departments[0],
        lead: members[0]?.code,
      },
      ...members,
    );
  });
  for (const [code, department] of INDEPENDENT_OPERATORS) result.push(trainingOrganisation(code, department));
  return result;
}

export const memberCode = (consortiumIndex: number, member: number) =>
  `OF${String(consortiumIndex * MEMBERS_PER_CONSORTIUM + member + 1).padStart(2, "0")}`;

/** Each network in each département (a university only where there is one), named after its main town. */
export function buildPrescribers(mainTowns: Readonly<Record<string, string>>): OrganisationInput[] {
  return Object.keys(DEPARTMENT_NAMES)
    .sort()
    .flatMap((department) => {
      const name = DEPARTMENT_NAMES[department] ?? department;
      const town = mainTowns[department] ?? name;
      const prescriber = (
        code: string,
        networkType: PrescriberNetwork,
        label: string,
      ): OrganisationInput => ({
        code: `${code}${department}`,
        name: label,
        kind: "prescriber",
        networkType,
        department,
      });
      const university = UNIVERSITIES[department];
      return [
        ...PRESCRIBERS.map(([code, network, label]) => prescriber(code, network, label(name, town))),
        ...(university ? [prescriber("UNIV", "university", university)] : []),
      ];
    });
}
