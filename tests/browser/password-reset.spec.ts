import { expect, type Page, test } from "@playwright/test";
import {
  activatedAccount,
  anonymousPage,
  fillNewPassword,
  linkFromOutbox,
  newPassword,
  pageSignedInAs,
  submitSignIn,
  uniqueEmail,
} from "./account-flows";
import { expectAccessible, signOut } from "./support";

// Several people, each in their own browser, and an accessibility check on every page: slower than one page.
test.describe.configure({ timeout: 120_000 });

const RESET_SUBJECT = "Réinitialisation de votre mot de passe Amorce";

/** Asks for a reset link from the sign-in page; returns the confirmation's text. */
async function requestReset(page: Page, email: string): Promise<string> {
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Demande enregistrée" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText("Si un compte Amorce correspond à cette adresse");
  await expectAccessible(page);
  return (await confirmation.textContent()) ?? "";
}

test("a forgotten password is replaced through the e-mailed link, which then stops working", async ({
  browser,
}) => {
  const email = uniqueEmail("oubli");
  const unknownEmail = uniqueEmail("personne");
  const oldPassword = newPassword();
  const password = newPassword();
  const admin = await pageSignedInAs(browser, "region_admin");
  await activatedAccount(browser, admin, {
    displayName: `Jo Oublieux ${Date.now()}`,
    email,
    role: "trainee",
    password: oldPassword,
  });

  // The request: the same answer whether or not the address has an account.
  const person = await anonymousPage(browser);
  const forUnknown = await requestReset(person, unknownEmail);
  const forKnown = await requestReset(person, email);
  expect(forKnown).toBe(forUnknown);

  // The e-mail, as the Region's administrator reads it; none was sent to the unknown address.
  const link = await linkFromOutbox(admin, email, RESET_SUBJECT);
  expect(link).toMatch(/^\/reinitialiser-mot-de-passe\?jeton=/);
  await expect(admin.getByRole("button").filter({ hasText: unknownEmail })).toHaveCount(0);
  await admin.context().close();

  // The link: a too-short password first, then the new one.
  await person.goto(link);
  await expect(person.getByRole("heading", { level: 1, name: "Nouveau mot de passe" })).toBeVisible();
  await expectAccessible(person);
  await fillNewPassword(person, "trop-court");
  await person.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(person.getByText("Le mot de passe doit compter au moins 12 caractères.")).toBeVisible();
  await expectAccessible(person);
  await fillNewPassword(person, password);
  await person.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(person.getByRole("status").filter({ hasText: "Mot de passe modifié" })).toBeVisible();
  await expectAccessible(person);

  // The old password no longer opens the account; the new one does.
  await submitSignIn(person, email, oldPassword);
  await expect(person.getByRole("alert")).toContainText("Adresse e-mail ou mot de passe incorrect.");
  await expect(person).toHaveURL(/\/connexion/);
  await expectAccessible(person);
  await submitSignIn(person, email, password);
  await expect(person.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  await expectAccessible(person);
  await signOut(person);

  // The link has served: it is refused, in French.
  await person.goto(link);
  await expect(person.getByRole("heading", { level: 1, name: "Nouveau mot de passe" })).toBeVisible();
  await fillNewPassword(person, newPassword());
  await person.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(person.getByRole("alert")).toContainText(
    "Ce lien de réinitialisation a déjà servi ou a été remplacé par un plus récent.",
  );
  await expect(person.getByRole("status").filter({ hasText: "Mot de passe modifié" })).toHaveCount(0);
  await expectAccessible(person);

  // And the password set through it still stands.
  await submitSignIn(person, email, password);
  await expect(person.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  await person.context().close();
});

test("a reset link with no token says so in French @téléphone", async ({ page }) => {
  await page.goto("/reinitialiser-mot-de-passe");
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau mot de passe" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("Ce lien est incomplet.");
  await expect(page.getByLabel("Nouveau mot de passe", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});
