import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import type { Role } from "../../src/domains/accounts/roles";
import type { Dashboard } from "../../src/domains/indicators/indicators.schemas";
import { choose } from "./account-flows";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";

/** The demo's referrals and pathways of 2026 (synthetic 2019–2020 years may be added: no exact totals here). */
const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const count = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

const dashboardOf = (page: Page, filters: Record<string, string> = {}) =>
  apiGet<Dashboard>(page, `/indicators/dashboard?${new URLSearchParams({ ...YEAR, ...filters })}`);

/** Opens « Indicateurs » from the menu and sets the period to the demo's year. */
async function openDashboard(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const burger = page.getByRole("button", { name: "Ouvrir le menu" });
  if (await burger.isVisible()) await burger.click();
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Indicateurs" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Indicateurs" })).toBeVisible();
  await page.getByRole("textbox", { name: "Du", exact: true }).fill(YEAR.from);
  await page.getByRole("textbox", { name: "Au", exact: true }).fill(YEAR.to);
  await expect(
    page.getByRole("status").filter({ hasText: "du 1 janvier 2026 au 31 décembre 2026" }),
  ).toBeVisible();
}

/** Unfolds the table behind a chart or a map and returns it. */
async function tableBehind(page: Page, figure: string, caption: string) {
  const panel = page.getByRole("figure", { name: figure });
  const table = panel.getByRole("table", { name: caption });
  // Unfolded once, it stays so while the filters change.
  if (!(await table.isVisible())) await panel.getByText("Voir le tableau").click();
  await expect(table).toBeVisible();
  return table;
}

/** The funnel's table and the key figure « Entrées » say what the API says for the same filters. */
async function expectFiguresOf(page: Page, expected: Dashboard) {
  const funnel = await tableBehind(
    page,
    "De l'orientation au résultat",
    "De l'orientation au résultat à 6 mois",
  );
  for (const step of expected.funnel) {
    await expect(funnel.getByRole("row", { name: step.label })).toContainText(count(step.count));
  }
  const entries = expected.lines.find((line) => line.key === "entries");
  await expect(page.getByRole("listitem").filter({ hasText: /^Entrées\d/ })).toContainText(
    count(entries?.value ?? -1),
  );
  const months = await tableBehind(page, "Entrées par mois", "Entrées par mois et sorties parmi elles");
  await expect(months.getByRole("row")).toHaveCount(1 + expected.byMonth.length);
  const busiest = [...expected.byMonth].sort((a, b) => b.entries - a.entries)[0];
  if (busiest) {
    const cells = months
      .getByRole("row")
      .nth(1 + expected.byMonth.indexOf(busiest))
      .getByRole("cell");
    await expect(cells.nth(1)).toHaveText(count(busiest.entries));
    await expect(cells.nth(2)).toHaveText(count(busiest.leavers));
  }
}

/** Downloads a file from the dashboard's button; checks its name and its first bytes. */
async function expectDownload(page: Page, button: string, name: string, magic: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(name);
  const path = await file.path();
  expect((await readFile(path)).subarray(0, magic.length).toString("latin1")).toBe(magic);
}

/** Chooses the lot with the most entries among the caller's, and checks the address keeps it. */
async function filterByBusiestLot(page: Page, region: Dashboard) {
  const lot = [...region.byLot].sort((a, b) => b.entries - a.entries)[0]?.lot;
  if (!lot) throw new Error("the demo has entries in a lot of this scope");
  await choose(page, page.getByRole("combobox", { name: "Lot" }), `${lot.code} — ${lot.name}`);
  await expect(page).toHaveURL(new RegExp(`lot=${lot.code}`));
  return lot;
}

const ROLE_SCOPES: { role: Role; label: RegExp | string; targets: boolean }[] = [
  { role: "region_admin", label: "Toute la région", targets: true },
  { role: "territorial_officer", label: /^Vos lots/, targets: true },
  { role: "training_manager", label: "Les sites de votre organisme", targets: false },
  { role: "prescriber_admin", label: "Les personnes orientées par votre organisme", targets: false },
];

for (const { role, label, targets } of ROLE_SCOPES) {
  test(`${role} opens their dashboard, filters by period and lot, and reads a chart's table`, async ({
    page,
  }) => {
    await signIn(page, role);
    const year = await dashboardOf(page);
    expect(year.scope.label).toMatch(label);
    await openDashboard(page);
    await expect(page.getByRole("status").filter({ hasText: year.scope.label })).toBeVisible();
    await expect(page).toHaveURL(/from=2026-01-01&to=2026-12-31/);
    await expectFiguresOf(page, year);
    await expect(page.getByRole("heading", { level: 2, name: "Lots et objectifs" })).toHaveCount(
      targets ? 1 : 0,
    );
    await expectAccessible(page);

    const lot = await filterByBusiestLot(page, year);
    const ofLot = await dashboardOf(page, { lot: lot.code });
    await expectFiguresOf(page, ofLot);
    if (targets) {
      const lots = await tableBehind(page, "Taux de réalisation des lots", "Taux de réalisation par lot");
      const row = ofLot.byLot.find((candidate) => candidate.lot.id === lot.id);
      await expect(lots.getByRole("row", { name: new RegExp(`^${lot.code} `) })).toContainText(
        `${count(row?.entries ?? -1)}${count(row?.target ?? -1)}`,
      );
    }
    await expectAccessible(page);

    const period = `${lot.code}-${YEAR.from}-${YEAR.to}`;
    await expectDownload(page, "Télécharger (XLSX)", `indicateurs-${period}.xlsx`, "PK\u0003\u0004");
    await expectDownload(
      page,
      "Dossier du comité territorial (PDF)",
      `comite-territorial-${period}.pdf`,
      "%PDF-",
    );

    // The address is the view: opened again, it shows the same filters.
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Lot" })).toHaveValue(`${lot.code} — ${lot.name}`);
  });
}

test("the Region's maps of lots and basins carry their figures in tables", async ({ page }) => {
  await signIn(page, "region_admin");
  const year = await dashboardOf(page);
  await openDashboard(page);
  await expect(page.getByRole("group", { name: "Taux de réalisation des lots" })).toBeVisible();
  const basins = await tableBehind(
    page,
    "Entrées pour 1 000 habitants par bassin",
    "Entrées pour 1 000 habitants par bassin d'emploi",
  );
  await expect(basins.getByRole("row")).toHaveCount(1 + year.byBasin.length);
  const rural = await tableBehind(
    page,
    "Part des entrées venant d'une commune rurale",
    "Part des entrées rurales par bassin d'emploi",
  );
  const basin = year.byBasin.find((row) => row.ruralEntrants > 0);
  if (!basin) throw new Error("the demo has rural entrants");
  await expect(rural.getByRole("row", { name: new RegExp(`^${basin.basin.code} `) })).toContainText(
    count(basin.ruralEntrants),
  );
  await expect(
    page.getByRole("list", { name: /^Classes de couleur de la carte « Taux de réalisation/ }),
  ).toContainText("100 % ou plus");
  await expectAccessible(page);
});

for (const role of ["training_staff", "prescriber_advisor", "evaluator"] as const) {
  test(`${role} reads their dashboard on a phone @téléphone`, async ({ page }) => {
    await signIn(page, role);
    const year = await dashboardOf(page);
    await openDashboard(page);
    await expect(page.getByRole("status").filter({ hasText: year.scope.label })).toBeVisible();
    await page.getByRole("button", { name: "2019–2020" }).click();
    await expect(page).toHaveURL(/from=2019-01-01&to=2020-12-31/);
    await expect(page.getByRole("button", { name: "2019–2020" })).toHaveAttribute("aria-pressed", "true");
    await expect(
      page.getByRole("status").filter({ hasText: "du 1 janvier 2019 au 31 décembre 2020" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
}
