import { describe, expect, it } from "vitest";
import { validateTerritoryFile } from "./check-territory-file";
import type { TerritoryFileInput } from "./territory-file";

const communes = new Set(["33063", "33318", "24322", "33529"]);

const valid = (): TerritoryFileInput => ({
  basins: [
    { code: "B01", name: "Bordeaux Métropole", communes: ["33063", "33318"] },
    { code: "B02", name: "Périgord", communes: ["24322"] },
  ],
  lots: [{ code: "L01", name: "Gironde Centre", basins: ["B01"], target: 180, operator: "GRP01" }],
  organisations: [
    { code: "GRP01", name: "Groupement A", kind: "consortium", lead: "OF01" },
    {
      code: "OF01",
      name: "Organisme A",
      siret: "12345678901234",
      kind: "training_organisation",
      consortium: "GRP01",
    },
    { code: "FT33", name: "France Travail Gironde", kind: "prescriber", networkType: "france_travail" },
  ],
  sites: [
    {
      code: "S001",
      name: "Bordeaux Bastide",
      lot: "L01",
      organisation: "OF01",
      commune: "33063",
      mandatoryRural: false,
      capacity: 14,
    },
  ],
});

const problemsOf = (file: unknown) => {
  const result = validateTerritoryFile(file, communes);
  return result.ok ? [] : result.problems;
};

describe("territory file validation", () => {
  it("accepts the spec's example, extended with the optional fields", () => {
    expect(problemsOf(valid())).toEqual([]);
    const minimal = { basins: [{ code: "B01", name: "Bordeaux Métropole", communes: ["33063"] }] };
    expect(validateTerritoryFile(minimal, communes)).toMatchObject({
      ok: true,
      file: { lots: [], organisations: [], sites: [] },
    });
  });

  it("names the entry of every unknown reference", () => {
    const file = valid();
    file.lots?.push({ code: "L03", name: "Lot 3", basins: ["B99"], target: 10 });
    file.sites?.push({
      code: "S002",
      name: "Ailleurs",
      lot: "L99",
      organisation: "OF99",
      commune: "99999",
      capacity: 1,
    });
    expect(problemsOf(file)).toEqual([
      "lot L03 : le bassin « B99 » n'existe pas",
      "site S002 : le lot « L99 » n'existe pas",
      "site S002 : l'organisation « OF99 » n'existe pas",
      "site S002 : la commune « 99999 » n'existe pas",
    ]);
  });

  it("refuses duplicate codes, a commune in two basins and a basin in two lots", () => {
    const file = valid();
    file.basins?.push({ code: "B01", name: "Doublon", communes: ["33529"] });
    file.basins?.push({ code: "B03", name: "Empiète", communes: ["33318", "33529", "33529"] });
    file.lots?.push({ code: "L02", name: "Empiète", basins: ["B01"], target: 5 });
    expect(problemsOf(file)).toEqual([
      "bassin B01 : ce code est utilisé plusieurs fois",
      "bassin B03 : la commune « 33318 » est déjà dans le bassin B01",
      "bassin B03 : la commune « 33529 » est déjà dans le bassin B01",
      "bassin B03 : la commune « 33529 » est déjà dans le bassin B01",
      "lot L02 : le bassin « B01 » est déjà dans le lot L01",
    ]);
  });

  it("names the entry of a negative capacity or target, or a missing field", () => {
    const file = valid();
    const [lot] = file.lots ?? [];
    const [site] = file.sites ?? [];
    if (!lot || !site) throw new Error("fixture");
    lot.target = -1;
    site.capacity = -3;
    file.basins?.push({ name: "Sans code", communes: [] } as never);
    const problems = problemsOf(file);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^bassin n° 3 : code — /);
    expect(problems[1]).toMatch(/^lot L01 : target — .*0/);
    expect(problems[2]).toMatch(/^site S001 : capacity — .*0/);
    expect(problemsOf({ basins: "nope" })[0]).toMatch(/^basins : /);
  });

  it("checks the organisations' kinds: network, consortium, lead member, operator", () => {
    const file: TerritoryFileInput = {
      ...valid(),
      organisations: [
        { code: "GRP01", name: "Groupement A", kind: "consortium", lead: "OF02" },
        { code: "OF01", name: "Organisme A", kind: "training_organisation", consortium: "FT33" },
        { code: "OF02", name: "Organisme B", kind: "training_organisation", networkType: "iae" },
        { code: "FT33", name: "France Travail Gironde", kind: "prescriber" },
        { code: "REGION", name: "Usurpatrice", kind: "consortium" },
      ],
    };
    const [lot] = file.lots ?? [];
    if (lot) lot.operator = "FT33";
    expect(problemsOf(file)).toEqual([
      "lot L01 : « FT33 » n'est ni un organisme de formation ni un groupement",
      "organisation GRP01 : le membre mandataire « OF02 » n'est pas membre de ce groupement",
      "organisation OF01 : « FT33 » n'est pas un groupement",
      "organisation OF02 : seule une structure prescriptrice a un réseau (networkType)",
      "organisation FT33 : une structure prescriptrice doit indiquer son réseau (networkType)",
      "organisation REGION : le code REGION est réservé à la Région",
    ]);
  });
});
