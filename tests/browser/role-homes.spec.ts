import { expect, test } from "@playwright/test";
import type { Role } from "../../src/domains/accounts/roles";
import { expectAccessible, signIn } from "./support";

const HOME_HEADINGS: Record<Role, string> = {
  region_admin: "Tableau de bord Région",
  territorial_officer: "Mes lots",
  training_manager: "Mon organisme de formation",
  training_staff: "Mon organisme de formation",
  prescriber_admin: "Ma structure prescriptrice",
  prescriber_advisor: "Ma structure prescriptrice",
  evaluator: "Espace évaluation",
  trainee: "Mon parcours",
};

test("the sign-in page is accessible and labelled as a demonstration @téléphone", async ({ page }) => {
  await page.goto("/connexion");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Connexion/);
  await expectAccessible(page);
});

for (const [role, heading] of Object.entries(HOME_HEADINGS) as [Role, string][]) {
  test(`${role} signs in and lands on their home page @téléphone`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  });
}

test("a wrong password is refused with a French message", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill("admin.region@amorce.test");
  await page.getByLabel("Mot de passe", { exact: true }).fill("pas-le-bon-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert")).toContainText("Adresse e-mail ou mot de passe incorrect.");
});

test("a page that needs a session sends the visitor to sign in", async ({ page }) => {
  await page.goto("/utilisateurs");
  await expect(page).toHaveURL(/\/connexion/);
});
