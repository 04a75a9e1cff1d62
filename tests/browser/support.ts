import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../../src/demo/demo-accounts";
import type { Role } from "../../src/domains/accounts/roles";

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page) {
  // A fading notification or menu would be measured half-transparent: check the settled page.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) : ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(blocking, `axe sur ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, role: Role) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(demoAccount(role).email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}

export async function signOut(page: Page) {
  const button = page.getByRole("button", { name: "Se déconnecter" });
  if (!(await button.isVisible())) await page.getByRole("button", { name: /menu/i }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/connexion/);
}
