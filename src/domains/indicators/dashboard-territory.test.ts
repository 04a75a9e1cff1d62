import { describe, expect, it } from "vitest";
import { choicesOf, shownTerritory, type Territory, withFigures } from "./dashboard-territory";

const of1 = { id: "of1", code: "OF1", name: "Formation Un" };
const of2 = { id: "of2", code: "OF2", name: "Formation Deux" };
const territory = (inScope: { lots: string[]; sites: string[] }): Territory => ({
  lots: ["l1", "l2"].map((id) => ({
    id,
    code: id.toUpperCase(),
    name: id,
    target: 10,
    inScope: inScope.lots.includes(id),
  })),
  sites: [
    { id: "s1", lotId: "l1", organisation: of2 },
    { id: "s2", lotId: "l1", organisation: of1 },
    { id: "s3", lotId: "l2", organisation: of1 },
  ].map((site) => ({
    ...site,
    code: site.id.toUpperCase(),
    name: site.id,
    inScope: inScope.sites.includes(site.id),
  })),
  basins: [
    { id: "b1", lotId: "l1" },
    { id: "b2", lotId: "l2" },
    { id: "b3", lotId: null },
  ].map((basin) => ({
    ...basin,
    code: basin.id.toUpperCase(),
    name: basin.id,
    population: 1,
    ruralPopulation: 0,
  })),
});
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe("the dashboard's choices", () => {
  it("are the lots and sites in scope, their lots' basins, and the organisations running the sites", () => {
    const choices = choicesOf(territory({ lots: ["l1"], sites: ["s1", "s2"] }), {
      kind: "lots",
      lotIds: ["l1"],
    });
    expect([ids(choices.lots), ids(choices.sites), ids(choices.basins)]).toEqual([
      ["l1"],
      ["s1", "s2"],
      ["b1"],
    ]);
    expect(choices.organisations).toEqual([of1, of2]);
  });

  it("offer every basin to the Region and to prescribers", () => {
    const all = territory({ lots: ["l1", "l2"], sites: ["s1", "s2", "s3"] });
    expect(ids(choicesOf(all, { kind: "region" }).basins)).toEqual(["b1", "b2", "b3"]);
    expect(ids(choicesOf(all, { kind: "prescriber", organisationId: "p" }).basins)).toEqual([
      "b1",
      "b2",
      "b3",
    ]);
  });
});

describe("the rows shown by lot, site and basin", () => {
  const all = territory({ lots: ["l1", "l2"], sites: ["s1", "s2", "s3"] });
  const region = { kind: "region" } as const;
  const shown = (filters: object, scope: Parameters<typeof choicesOf>[1] = region) =>
    shownTerritory(choicesOf(all, scope), scope, { from: "2019-01-01", to: "2019-12-31", ...filters });

  it("are the choices the filters keep", () => {
    expect(Object.values(shown({})).map(ids)).toEqual([
      ["l1", "l2"],
      ["s1", "s2", "s3"],
      ["b1", "b2", "b3"],
    ]);
    expect(Object.values(shown({ lotId: "l2" })).map(ids)).toEqual([["l2"], ["s3"], ["b2"]]);
    expect(Object.values(shown({ organisationId: "of2" })).map(ids)).toEqual([
      ["l1"],
      ["s1"],
      ["b1", "b2", "b3"],
    ]);
    expect(Object.values(shown({ basinId: "b3", siteId: "s3" })).map(ids)).toEqual([["l2"], ["s3"], ["b3"]]);
  });

  it("are none for a prescriber, before the rows with figures", () => {
    expect(Object.values(shown({}, { kind: "prescriber", organisationId: "p" })).map(ids)).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("add the rows with figures, in the territory's order", () => {
    expect(
      ids(withFigures(all.sites, [all.sites[2] as Territory["sites"][number]], new Set(["s1"]))),
    ).toEqual(["s1", "s3"]);
  });
});
