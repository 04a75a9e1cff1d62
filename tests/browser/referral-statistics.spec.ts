import { expect, type Page, test } from "@playwright/test";
import type { ReferralStatistics } from "../../src/domains/referral-statistics/referral-statistics.schemas";
import { choose } from "./account-flows";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";

/** The demo's referrals were all sent in 2026. */
const YEAR = { from: "2026-01-01", to: "2026-12-31" };

const statisticsOf = (page: Page, lotId?: string) =>
  apiGet<ReferralStatistics>(
    page,
    `/referral-statistics?from=${YEAR.from}&to=${YEAR.to}${lotId ? `&lotId=${lotId}` : ""}`,
  );

async function openForYear(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the page is drawn: the burger, if any, is there
  const burger = page.getByRole("button", { name: "Ouvrir le menu" });
  if (await burger.isVisible()) await burger.click();
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Réseau prescripteur" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Réseau prescripteur" })).toBeVisible();
  await page.getByRole("textbox", { name: "Du", exact: true }).fill(YEAR.from);
  await page.getByRole("textbox", { name: "Au", exact: true }).fill(YEAR.to);
  await expect(page.getByText("du 1 janvier 2026 au 31 décembre 2026")).toBeVisible();
}

const basinsTable = (page: Page) =>
  page.getByRole("table", { name: "Prescriptions par bassin d'emploi de résidence" });

test("the Region's administrator reads the networks and finds a lot's basin with few referrals", async ({
  page,
}) => {
  await signIn(page, "region_admin");
  const region = await statisticsOf(page);
  await openForYear(page);

  const networks = page.getByRole("table", { name: "Demandes par réseau prescripteur" });
  await expect(networks.getByRole("row")).toHaveCount(1 + 10);
  await expect(networks.getByRole("row", { name: /^France Travail/ })).toContainText(
    String(region.channels.find((row) => row.channel === "france_travail")?.referrals),
  );
  await expect(networks.getByRole("row", { name: /^Auto-positionnement/ })).toBeVisible();
  await expect(basinsTable(page).getByRole("row")).toHaveCount(1 + region.basins.length);
  await expect(page.getByRole("table", { name: "Demandes reçues par site" }).getByRole("row")).toHaveCount(
    1 + region.sites.length,
  );
  await expect(page.getByText(/inférieur à 50\s%\sdu taux de la zone affichée/)).toBeVisible();
  await expectAccessible(page);

  let chosen: {
    lot: ReferralStatistics["lots"][number];
    basin: ReferralStatistics["basins"][number];
  } | null = null;
  for (const lot of region.lots) {
    const basin = (await statisticsOf(page, lot.id)).basins.find((candidate) => candidate.flag === "low");
    if (basin) {
      chosen = { lot, basin };
      break;
    }
  }
  if (!chosen) throw new Error("the demo has a lot with a basin below half of the lot's rate");
  await choose(page, page.getByRole("combobox", { name: "Lot" }), `${chosen.lot.code} — ${chosen.lot.name}`);

  await expect(page.getByText(`(lot ${chosen.lot.code})`)).toBeVisible();
  const row = basinsTable(page).getByRole("row", { name: new RegExp(`^${chosen.basin.code} `) });
  await expect(row).toContainText("Peu de prescriptions : moins de la moitié du taux de la zone");
  await expect(row).toContainText(chosen.basin.name);
  await expect(page.getByRole("status").filter({ hasText: "Peu de prescriptions" })).toContainText(
    chosen.basin.name,
  );
  await expect(
    page.getByRole("group", { name: "Carte des bassins d'emploi colorés selon leur taux de prescriptions" }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("a territorial officer sees only the lots they follow @téléphone", async ({ page }) => {
  await signIn(page, "territorial_officer");
  const { user } = await apiGet<{ user: { lotIds: string[] } }>(page, "/auth/session");
  const mine = await statisticsOf(page);
  expect(mine.lots.map((lot) => lot.id).sort()).toEqual([...user.lotIds].sort());
  await openForYear(page);

  await expect(page.getByText("Vous voyez les lots que vous suivez.")).toBeVisible();
  await page.getByRole("combobox", { name: "Lot" }).click();
  await expect(page.getByRole("option")).toHaveCount(user.lotIds.length);
  for (const lot of mine.lots) {
    await expect(page.getByRole("option", { name: `${lot.code} — ${lot.name}` })).toBeVisible();
  }
  await page.keyboard.press("Escape");

  const codes = mine.lots.map((lot) => lot.code);
  const rows = basinsTable(page).getByRole("row");
  await expect(rows).toHaveCount(1 + mine.basins.length);
  for (const basin of mine.basins) {
    await expect(basinsTable(page).getByRole("row", { name: new RegExp(`^${basin.code} `) })).toContainText(
      basin.lot?.code ?? "",
    );
    expect(codes).toContain(basin.lot?.code);
  }
  await expect(page.getByRole("table", { name: "Demandes reçues par site" }).getByRole("row")).toHaveCount(
    1 + mine.sites.length,
  );
  await expectAccessible(page);

  const lots = await apiGet<{ items: { id: string }[] }>(page, "/lots");
  const notFollowed = lots.items.find((lot) => !user.lotIds.includes(lot.id));
  expect((await page.request.get(`/api/referral-statistics?lotId=${notFollowed?.id}`)).status()).toBe(403);
});
