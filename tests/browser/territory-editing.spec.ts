import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import {
  type ApiBasin,
  type ApiLot,
  type ApiSite,
  apiGet,
  apiSend,
  choose,
  communeOption,
  fact,
  listOf,
  type Named,
  uniqueCode,
} from "./territory-steps";

/**
 * The Region's administrator edits the territory through its forms: sites, basins, lots; a code
 * already taken is refused in French and changes nothing.
 */

test("the Region creates a mandatory rural site, edits its capacity, and finds it on the map", async ({
  page,
}) => {
  await signIn(page, "region_admin");
  const code = uniqueCode("TS");
  const name = `Essai ${code}`;

  await page.goto("/territoire/sites");
  await expect(page.getByRole("heading", { level: 1, name: "Sites" })).toBeVisible();
  await page.getByRole("link", { name: "Nouveau site" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau site" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await choose(page, "Organisme de formation", "OF05", /\(OF05\)$/);
  await choose(page, "Lot", "L09", /\(L09\)$/);
  await choose(page, "Commune", "Ahun", communeOption("Ahun", "23150"));
  await expect(page.getByRole("combobox", { name: "Commune", exact: true })).toHaveValue(
    communeOption("Ahun", "23150"),
  );
  await page.getByRole("textbox", { name: "Nombre de places", exact: true }).fill("8");
  await page.getByRole("checkbox", { name: "Site rural obligatoire" }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page).toHaveURL(/\/territoire\/sites\/[0-9a-f-]{36}$/);
  const siteUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: `Site ${name}` })).toBeVisible();
  await expect(fact(page, "Code")).toHaveText(code);
  await expect(fact(page, "Commune")).toHaveText("Ahun (Creuse)");
  await expect(fact(page, "Places")).toHaveText("8");
  await expect(page.getByText("Site rural obligatoire").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Modifier le site" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier le site" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue(code);
  await expect(page.getByRole("combobox", { name: "Commune", exact: true })).toHaveValue("Ahun");
  await expect(page.getByRole("checkbox", { name: "Site rural obligatoire" })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Nombre de places", exact: true }).fill("14");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page).toHaveURL(siteUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Site ${name}` })).toBeVisible();
  await expect(fact(page, "Places")).toHaveText("14");
  const saved = await apiGet<ApiSite>(page, siteUrl.replace("/territoire/sites", "/sites"));
  expect(saved).toMatchObject({ code, name, capacity: 14, mandatoryRural: true, active: true });
  expect(saved.lot.code).toBe("L09");
  expect(saved.organisation.code).toBe("OF05");

  await page
    .getByRole("navigation", { name: "Sections du territoire" })
    .getByRole("link", { name: "Vue d'ensemble" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Territoire" })).toBeVisible();
  const marker = page.getByRole("link", { name: `Site ${name} — site rural obligatoire`, exact: true });
  await expect(marker).toHaveAttribute("href", siteUrl);
  await expectAccessible(page);
  await marker.click();
  await expect(page).toHaveURL(siteUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Site ${name}` })).toBeVisible();
});

/** Two small communes of the demo's Aubusson basin (B13), with names no other commune has. */
const MOVED = [
  { code: "23005", search: "Arfeuille", option: communeOption("Arfeuille-Châtain", "23700") },
  { code: "23017", search: "Basville", option: communeOption("Basville", "23260") },
] as const;

/** What the basin test borrowed from the demo, put back after it whatever its outcome. */
let borrowed: { donor: ApiBasin; basinCode: string } | null = null;

test.afterEach(async ({ page }) => {
  if (!borrowed) return;
  const { donor, basinCode } = borrowed;
  borrowed = null;
  const mine = (await listOf<ApiBasin>(page, "basins")).find((basin) => basin.code === basinCode);
  if (mine)
    await apiSend(page, "PUT", `/basins/${mine.id}`, { code: mine.code, name: mine.name, communeCodes: [] });
  await apiSend(page, "PUT", `/basins/${donor.id}`, {
    code: donor.code,
    name: donor.name,
    communeCodes: donor.communeCodes,
  });
});

test("the Region redraws basins with the multi-commune picker, then makes a lot of the new basin", async ({
  page,
}) => {
  // Seven pages and three saves, each page checked with axe: longer than the other tests.
  test.slow();
  await signIn(page, "region_admin");
  const donor = (await listOf<ApiBasin>(page, "basins")).find((basin) =>
    basin.communeCodes.includes(MOVED[0].code),
  );
  if (!donor) throw new Error(`no basin holds ${MOVED[0].code}`);
  expect(donor.communeCodes).toContain(MOVED[1].code);
  const basinCode = uniqueCode("TB");
  // Other tests read the demo territory: the communes go back to their basin after this test.
  borrowed = { donor, basinCode };
  const basinName = `Bassin d'essai ${basinCode}`;
  const lotCode = uniqueCode("TL");
  const lotName = `Lot d'essai ${lotCode}`;
  const picker = page.getByRole("combobox", { name: "Communes du bassin", exact: true });
  const pickCommunes = async () => {
    for (const commune of MOVED) await choose(page, "Communes du bassin", commune.search, commune.option);
    await picker.press("Escape");
    for (const commune of MOVED) await expect(page.getByText(commune.option, { exact: true })).toBeVisible();
  };

  // Every commune of the region is in a basin: a new basin may not take them from another.
  await page.goto("/territoire/bassins");
  await page.getByRole("link", { name: "Nouveau bassin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau bassin d'emploi" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(basinCode);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(basinName);
  await pickCommunes();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Enregistrement impossible" });
  await expect(refusal).toContainText("Une commune n'appartient qu'à un bassin");
  await expect(refusal).toContainText(`Basville (23017) est dans le bassin ${donor.code}`);
  await expect(refusal).toContainText(`Arfeuille-Châtain (23005) est dans le bassin ${donor.code}`);
  await expect(page).toHaveURL(/\/territoire\/bassins\/nouveau$/);
  await expectAccessible(page);

  // Take them out of their basin with the keyboard: each is found by name, ticked, and chosen again.
  await page.goto(`/territoire/bassins/${donor.id}`);
  await page.getByRole("link", { name: "Modifier le bassin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier le bassin d'emploi" })).toBeVisible();
  for (const commune of MOVED) await expect(page.getByText(commune.option, { exact: true })).toBeVisible();
  await expectAccessible(page);
  for (const commune of MOVED) {
    await picker.fill(commune.search);
    const ticked = page
      .getByRole("listbox", { name: "Communes du bassin" })
      .getByRole("option", { name: commune.option, exact: true });
    await expect(ticked).toHaveAttribute("aria-selected", "true");
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect(page.getByText(commune.option, { exact: true })).toHaveCount(0);
  }
  await picker.press("Escape");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(`/territoire/bassins/${donor.id}`);
  const donorCommunes = page.getByRole("table", { name: /Communes du bassin/ });
  await expect(
    page.getByRole("region", { name: `Communes du bassin (${donor.communeCodes.length - 2})` }),
  ).toBeVisible();
  await expect(donorCommunes).not.toContainText("Basville");
  await expectAccessible(page);

  // Now the new basin takes them.
  await page.goto("/territoire/bassins/nouveau");
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(basinCode);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(basinName);
  await pickCommunes();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/territoire\/bassins\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("heading", { level: 1, name: `Bassin d'emploi ${basinCode} — ${basinName}` }),
  ).toBeVisible();
  const communes = page.getByRole("region", { name: "Communes du bassin (2)" });
  await expect(communes.getByRole("row")).toHaveCount(3);
  await expect(communes).toContainText("Arfeuille-Châtain");
  await expect(communes).toContainText("Basville");
  await expectAccessible(page);

  // A lot made of the new basin, with its target.
  await page.goto("/territoire/lots");
  await page.getByRole("link", { name: "Nouveau lot" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau lot" })).toBeVisible();
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(lotCode);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(lotName);
  await page.getByRole("textbox", { name: "Objectif (nombre de stagiaires)" }).fill("45");
  await choose(page, "Bassins d'emploi", basinCode, `${basinName} (${basinCode})`);
  await page.getByRole("combobox", { name: "Bassins d'emploi", exact: true }).press("Escape");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page).toHaveURL(/\/territoire\/lots\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Lot ${lotCode} — ${lotName}` })).toBeVisible();
  await expect(fact(page, "Objectif")).toHaveText("45 stagiaires");
  const lotBasins = page.getByRole("region", { name: "Bassins d'emploi du lot" });
  await expect(lotBasins.getByRole("listitem")).toHaveCount(1);
  await expect(lotBasins.getByRole("link", { name: `${basinCode} — ${basinName}` })).toBeVisible();
  await expectAccessible(page);
  await lotBasins.getByRole("link", { name: `${basinCode} — ${basinName}` }).click();
  await expect(fact(page, "Lot")).toHaveText(lotName);
});

test("a code already taken is refused in French, and nothing changes", async ({ page }) => {
  await signIn(page, "region_admin");
  const code = uniqueCode("TO");
  const name = `Organisme d'essai ${code}`;

  await page.goto("/territoire/organisations");
  await page.getByRole("link", { name: "Nouvelle organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle organisation" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(name);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/territoire\/organisations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const before = await listOf<Named>(page, "organisations");

  // A second organisation with the same code.
  await page.goto("/territoire/organisations/nouvelle");
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(`Doublon ${code}`);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Enregistrement impossible" });
  await expect(refusal).toContainText(`Le code « ${code} » est déjà utilisé par une autre organisation.`);
  await expect(page).toHaveURL(/\/territoire\/organisations\/nouvelle$/);
  await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue(code);
  await expectAccessible(page);
  expect(await listOf<Named>(page, "organisations")).toEqual(before);

  // A demo lot renamed to an existing lot's code.
  const lots = await listOf<ApiLot>(page, "lots");
  const [first, second] = lots;
  if (!first || !second) throw new Error("the demo has lots");
  await page.goto(`/territoire/lots/${second.id}`);
  await page.getByRole("link", { name: "Modifier le lot" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier le lot" })).toBeVisible();
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(first.code);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enregistrement impossible" })).toContainText(
    `Le code « ${first.code} » est déjà utilisé par un autre lot.`,
  );
  await expect(page).toHaveURL(`/territoire/lots/${second.id}/modifier`);
  await expectAccessible(page);
  expect(await listOf<ApiLot>(page, "lots")).toEqual(lots);
  await page.getByRole("link", { name: "Annuler" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Lot ${second.code} — ${second.name}` }),
  ).toBeVisible();
});
