import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("the map shows every site, marks mandatory rural ones, and leads to a site's page @téléphone", async ({
  page,
}) => {
  await signIn(page, "region_admin");
  const sites = (await (await page.request.get("/api/sites")).json()).items as {
    name: string;
    mandatoryRural: boolean;
  }[];
  expect(sites.length).toBeGreaterThan(80);

  await page.goto("/territoire");
  const map = page.getByRole("group", { name: /carte/i }).first();
  await expect(map).toBeVisible();
  const siteLinks = page.locator("svg a[href^='/territoire/sites/']");
  await expect(siteLinks).toHaveCount(sites.length);
  const rural = sites.filter((site) => site.mandatoryRural).length;
  expect(rural).toBeGreaterThan(0);
  await expect(
    page.locator("svg a[href^='/territoire/sites/'][aria-label*='rural obligatoire']"),
  ).toHaveCount(rural);
  await expectAccessible(page);

  const first = siteLinks.first();
  const label = (await first.getAttribute("aria-label")) ?? "";
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/territoire\/sites\/[0-9a-f-]{36}$/);
  const siteName = sites.find((site) => label.includes(site.name))?.name;
  expect(siteName).toBeDefined();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(siteName ?? "");
  await expectAccessible(page);
});
