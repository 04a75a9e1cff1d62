import { expect, type Locator, type Page, test } from "@playwright/test";
import { DEMO_ACCOUNTS, demoAccount } from "../../src/demo/demo-accounts";
import { ROLE_LABELS, type Role } from "../../src/domains/accounts/roles";
import {
  acceptInvitation,
  anonymousPage,
  findUserRow,
  inviteThroughUsersPage,
  linkFromOutbox,
  newPassword,
  openUsersPage,
  pageSignedInAs,
  submitSignIn,
  uniqueEmail,
} from "./account-flows";
import { expectAccessible, signIn } from "./support";

// Several people, each in their own browser, and an accessibility check on every page: slower than one page.
test.describe.configure({ timeout: 120_000 });

const DEACTIVATED = "Ce compte a été désactivé. Adressez-vous à l'administrateur de votre structure";

const demoEmailsOf = (organisationCode: string) =>
  DEMO_ACCOUNTS.filter((account) => account.organisationCode === organisationCode).map(
    (account) => account.email,
  );

/** Signs in with a demo account on the test's own page and waits for its home page. */
async function signedIn(page: Page, role: Role) {
  await signIn(page, role);
  await expect(page).not.toHaveURL(/\/connexion/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The organisation named in the introduction of /utilisateurs, for an organisation's administrator. */
async function ownOrganisationName(page: Page): Promise<string> {
  const intro = page.getByText(/^Les comptes de votre organisation : /);
  await expect(intro).toBeVisible();
  const name = ((await intro.textContent()) ?? "").replace(/^Les comptes de votre organisation : /, "");
  expect(name.trim()).not.toBe("");
  return name.replace(/\.$/, "");
}

/** The "État" cell of a row of /utilisateurs. */
const statusOf = (row: Locator) => row.getByRole("cell").nth(3);

/** The roles offered by the invitation form's role field, as the actor sees them. */
async function offeredRoles(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Inviter une personne" }).click();
  const dialog = page.getByRole("dialog", { name: "Inviter une personne" });
  await dialog.getByRole("combobox", { name: "Rôle" }).click();
  const options = page.getByRole("listbox").getByRole("option");
  await expect(options.first()).toBeVisible();
  await expectAccessible(page);
  const labels = (await options.allTextContents()).map((label) => label.trim());
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(dialog.getByRole("combobox", { name: "Organisation" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();
  return labels;
}

/** Every account listed on /utilisateurs belongs to `organisationName`; returns their e-mails. */
async function listedEmailsAllIn(page: Page, organisationName: string): Promise<string> {
  const table = page.getByRole("table");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const organisations = await rows.locator("td:nth-child(3)").allTextContents();
  expect(organisations.length).toBeGreaterThan(0);
  expect(new Set(organisations)).toEqual(new Set([organisationName]));
  return (await table.textContent()) ?? "";
}

test("a training manager sees and manages only their organisation's accounts", async ({ page, browser }) => {
  const manager = demoAccount("training_manager");
  const email = uniqueEmail("equipe-of");
  const displayName = `Morgan Équipe ${Date.now()}`;
  const password = newPassword();

  // Their own organisation only.
  await signedIn(page, "training_manager");
  await openUsersPage(page);
  const organisationName = await ownOrganisationName(page);
  const listed = await listedEmailsAllIn(page, organisationName);
  for (const own of demoEmailsOf(manager.organisationCode ?? "")) expect(listed).toContain(own);
  for (const other of [...demoEmailsOf("REGION"), ...demoEmailsOf("FT33")])
    expect(listed).not.toContain(other);
  await expectAccessible(page);

  // Only the roles they may grant, and no choice of organisation.
  expect(await offeredRoles(page)).toEqual([ROLE_LABELS.training_manager, ROLE_LABELS.training_staff]);

  // They invite a colleague, who activates the account (the e-mail read by the Region's administrator).
  await inviteThroughUsersPage(page, { displayName, email, role: "training_staff" });
  const admin = await pageSignedInAs(browser, "region_admin");
  const link = await linkFromOutbox(admin, email, "Votre accès à Amorce");
  await admin.context().close();
  const colleague = await anonymousPage(browser);
  await acceptInvitation(colleague, link, password);
  await expect(
    colleague.getByRole("heading", { level: 1, name: "Mon organisme de formation" }),
  ).toBeVisible();
  await colleague.context().clearCookies();

  // Deactivated: the colleague can no longer sign in, and is told so in French.
  await openUsersPage(page);
  let row = await findUserRow(page, email);
  await expect(statusOf(row)).toHaveText("Actif");
  await expect(row).toContainText(organisationName);
  await row.getByRole("button", { name: `Désactiver le compte de ${displayName}` }).click();
  row = page.getByRole("row").filter({ hasText: email });
  await expect(statusOf(row)).toHaveText("Désactivé");
  await expect(row.getByRole("button", { name: `Réactiver le compte de ${displayName}` })).toBeVisible();
  await expectAccessible(page);

  await submitSignIn(colleague, email, password);
  await expect(colleague.getByRole("alert")).toContainText(DEACTIVATED);
  await expect(colleague).toHaveURL(/\/connexion/);
  await expectAccessible(colleague);

  // Reactivated: the colleague signs in again.
  await row.getByRole("button", { name: `Réactiver le compte de ${displayName}` }).click();
  await expect(statusOf(row)).toHaveText("Actif");
  await expect(row.getByRole("button", { name: `Désactiver le compte de ${displayName}` })).toBeVisible();
  await expectAccessible(page);

  await submitSignIn(colleague, email, password);
  await expect(
    colleague.getByRole("heading", { level: 1, name: "Mon organisme de formation" }),
  ).toBeVisible();
  await expectAccessible(colleague);
  await colleague.context().close();
});

test("a prescriber's administrator does not see the training organisation's accounts", async ({ page }) => {
  await signedIn(page, "prescriber_admin");
  await openUsersPage(page);
  const listed = await listedEmailsAllIn(page, await ownOrganisationName(page));
  for (const own of demoEmailsOf("FT33")) expect(listed).toContain(own);
  for (const other of demoEmailsOf("OF01")) expect(listed).not.toContain(other);
  await expectAccessible(page);

  // Searching for them finds nothing either.
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(demoAccount("training_staff").email);
  await expect(page.getByRole("table")).toContainText("Comptes (0)");
  await expect(page.getByText("Aucun compte ne correspond à ces filtres.")).toBeVisible();
  await expectAccessible(page);

  expect(await offeredRoles(page)).toEqual([ROLE_LABELS.prescriber_admin, ROLE_LABELS.prescriber_advisor]);
});
