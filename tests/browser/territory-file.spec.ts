import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import {
  type ApiBasin,
  type ApiLot,
  type ApiSite,
  fact,
  listOf,
  type Named,
  uniqueCode,
} from "./territory-steps";

/** The territory file on `/territoire`: the Region's administrator exports it and imports one. */

const SECTIONS = ["basins", "lots", "organisations", "sites"] as const;

test("the Region downloads the territory as a JSON file of basins, lots, organisations and sites", async ({
  page,
}) => {
  await signIn(page, "region_admin");
  await page.goto("/territoire");
  const panel = page.getByRole("region", { name: "Fichier de territoire" });
  await expect(panel).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Exporter le territoire" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^territoire-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), "utf8")) as Record<
    (typeof SECTIONS)[number],
    { code: string }[]
  >;
  for (const section of SECTIONS) expect(Array.isArray(exported[section]), section).toBe(true);

  const codes = (records: readonly { code: string }[]) => records.map((record) => record.code).sort();
  expect(codes(exported.basins)).toEqual(codes(await listOf<ApiBasin>(page, "basins")));
  expect(codes(exported.lots)).toEqual(codes(await listOf<ApiLot>(page, "lots")));
  expect(codes(exported.sites)).toEqual(codes(await listOf<ApiSite>(page, "sites")));
  expect(codes(exported.organisations)).toContain("OF01");
  await expect(panel.getByRole("alert")).toHaveCount(0);
});

test("an import naming an unknown basin lists the problems in French and changes nothing", async ({
  page,
}) => {
  await signIn(page, "region_admin");
  const basinCode = uniqueCode("TB");
  const lotCode = uniqueCode("TL");
  const file = {
    basins: [{ code: basinCode, name: `Bassin importé ${basinCode}`, communes: [] }],
    lots: [{ code: lotCode, name: `Lot importé ${lotCode}`, basins: [basinCode, "B99"], target: 10 }],
    organisations: [],
    sites: [],
  };
  const basinsBefore = await listOf<Named>(page, "basins");
  const lotsBefore = await listOf<Named>(page, "lots");

  await page.goto("/territoire");
  const panel = page.getByRole("region", { name: "Fichier de territoire" });
  await expect(panel).toBeVisible();
  await expect(fact(page, "Lots")).toHaveText(String(lotsBefore.length));
  const importButton = panel.getByRole("button", { name: "Importer", exact: true });
  await expect(importButton).toBeDisabled();

  const choosing = page.waitForEvent("filechooser");
  await panel.getByLabel("Fichier à importer (JSON)").click();
  await (await choosing).setFiles({
    name: "territoire-a-verifier.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(panel).toContainText("territoire-a-verifier.json");
  await expect(panel.getByRole("button", { name: "Retirer le fichier choisi" })).toBeVisible();
  await expectAccessible(page);
  await importButton.click();

  const refusal = panel.getByRole("alert").filter({ hasText: "Import impossible : rien n'a été modifié" });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole("listitem")).toHaveText([`lot ${lotCode} : le bassin « B99 » n'existe pas`]);
  await expectAccessible(page);

  expect(await listOf<Named>(page, "basins")).toEqual(basinsBefore);
  expect(await listOf<Named>(page, "lots")).toEqual(lotsBefore);
  await page.reload();
  await expect(fact(page, "Lots")).toHaveText(String(lotsBefore.length));
  await expect(fact(page, "Bassins d'emploi")).toHaveText(String(basinsBefore.length));
});
