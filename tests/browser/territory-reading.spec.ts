import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import { type ApiLot, type ApiSite, apiGet, listOf } from "./territory-steps";

/** Everyone reads the territory that concerns them; only the Region's administrator edits it. */

test("the territorial officer's territory page shows their three lots first", async ({ page }) => {
  await signIn(page, "territorial_officer");
  const { user } = await apiGet<{ user: { lotIds: string[] } }>(page, "/auth/session");
  const mine = (await listOf<ApiLot>(page, "lots")).filter((lot) => user.lotIds.includes(lot.id));
  expect(mine).toHaveLength(3);

  await page.goto("/territoire");
  await expect(page.getByRole("heading", { level: 1, name: "Territoire" })).toBeVisible();
  const firstTable = page.getByRole("main").getByRole("table").first();
  await expect(firstTable).toHaveAccessibleName("Mes lots");
  await expect(firstTable.getByRole("row")).toHaveCount(1 + mine.length);
  for (const lot of mine) {
    await expect(firstTable.getByRole("link", { name: lot.name, exact: true })).toHaveAttribute(
      "href",
      `/territoire/lots/${lot.id}`,
    );
  }
  await expect(page.getByRole("group", { name: "Carte de la région : mes lots en couleur" })).toBeVisible();
  await expect(page.getByText("Ces informations sont tenues par la Région.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Fichier de territoire" })).toHaveCount(0);
  await expectAccessible(page);

  await page
    .getByRole("radiogroup", { name: "Découpage affiché sur la carte" })
    .getByText("Bassins d'emploi", { exact: true })
    .click();
  await expect(page.getByRole("radio", { name: "Bassins d'emploi" })).toBeChecked();
  await expect(page.locator("svg a[href^='/territoire/bassins/']").first()).toBeVisible();
  await expectAccessible(page);

  await firstTable.getByRole("link", { name: mine[0]?.name ?? "", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Lot ${mine[0]?.code} — ${mine[0]?.name}` }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier le lot" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the training manager sees the sites that concern their organisation", async ({ page }) => {
  await signIn(page, "training_manager");
  const all = await listOf<ApiSite>(page, "sites");
  const concerning = (await apiGet<{ items: ApiSite[] }>(page, "/sites?mine=true")).items;
  const own = all.filter((site) => site.organisation.code === "OF01");
  expect(own.length).toBeGreaterThan(0);
  expect(concerning.map((site) => site.id)).toEqual(expect.arrayContaining(own.map((site) => site.id)));

  await page.goto("/territoire");
  await expect(page.getByRole("heading", { level: 1, name: "Territoire" })).toBeVisible();
  const mine = page.getByRole("table", { name: "Les sites qui vous concernent" });
  await expect(mine.getByRole("row")).toHaveCount(1 + concerning.length);
  for (const site of own)
    await expect(mine.getByRole("link", { name: site.name, exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Mes lots" })).toHaveCount(0);
  await expectAccessible(page);

  await page
    .getByRole("navigation", { name: "Sections du territoire" })
    .getByRole("link", { name: "Sites" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Sites" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("table").first()).toHaveAccessibleName(
    "Les sites qui vous concernent",
  );
  await expect(page.getByRole("link", { name: "Nouveau site" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a prescriber advisor reads sites without any way to edit them @téléphone", async ({ page }) => {
  await signIn(page, "prescriber_advisor");
  const sites = await listOf<ApiSite>(page, "sites");
  const site = sites.find((candidate) => candidate.active);
  if (!site) throw new Error("the demo has open sites");

  await page.goto("/territoire/sites");
  await expect(page.getByRole("heading", { level: 1, name: "Sites" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Tous les sites/ });
  await expect(table.getByRole("row")).toHaveCount(1 + sites.length);
  await expect(page.getByRole("link", { name: "Nouveau site" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Nouveau site" })).toHaveCount(0);
  await expectAccessible(page);

  await table.getByRole("link", { name: site.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Site ${site.name}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier le site" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Modifier/ })).toHaveCount(0);
  await expect(page.locator(`a[href="/territoire/sites/${site.id}/modifier"]`)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/territoire/sites/${site.id}/modifier`);
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test("the trainee may not open the territory", async ({ page }) => {
  await signIn(page, "trainee");
  await page.goto("/territoire");
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expect(page.getByRole("group", { name: /Carte/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/territoire/sites");
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
});
