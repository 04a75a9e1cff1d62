import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

/**
 * A territorial officer finds « Heures réalisées » among their shortcuts and downloads the hours done on one of
 * their lots, or on one of its sites, over a period.
 */
test("a territorial officer downloads the hours done on their lot @téléphone", async ({ page }) => {
  await signIn(page, "territorial_officer");
  await page
    .getByRole("region", { name: "Accès rapides" })
    .getByRole("link", { name: /^Heures réalisées/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Heures réalisées" })).toBeVisible();
  const place = page.getByRole("combobox", { name: "Lot ou site" });
  await expect(place).toHaveValue(/^Lot /);
  const link = page.getByRole("link", { name: "Télécharger les heures (CSV)" });
  await expect(link).toHaveAttribute("href", /lotId=/);
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^heures-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);

  await place.click();
  await page.getByRole("option").filter({ hasNotText: /^Lot / }).first().click();
  await expect(link).toHaveAttribute("href", /siteId=/);
  await expect(page.getByText("Les heures faites par chaque stagiaire du site")).toBeVisible();
});
