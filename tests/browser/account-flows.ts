import { type Browser, expect, type Locator, type Page } from "@playwright/test";
import { ROLE_LABELS, type Role } from "../../src/domains/accounts/roles";
import { expectAccessible, signIn } from "./support";

/**
 * Steps shared by the account flow tests: each test makes the accounts it needs (never touching the
 * demo accounts' passwords, which every other test signs in with), through the real pages.
 */

let uniqueCounter = 0;

/** An address nobody has used yet on this server: tests share one database. */
export function uniqueEmail(prefix: string): string {
  uniqueCounter += 1;
  return `${prefix}-${Date.now()}-${uniqueCounter}@amorce.test`;
}

/** A password long enough for the policy, different each time. */
export function newPassword(): string {
  return `Une phrase de passe ${Date.now()}-${++uniqueCounter}`;
}

/** A new browser (own cookies) signed in with a demo account, on its home page. */
export async function pageSignedInAs(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/\/connexion/);
  return page;
}

/** A new browser with no session, as the person who received an e-mail opens it. */
export async function anonymousPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Fills and sends the sign-in form (the outcome is for the caller to check). */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/connexion");
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Opens /utilisateurs and waits for the list of accounts. */
export async function openUsersPage(page: Page) {
  await page.goto("/utilisateurs");
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
}

/** Narrows the list of /utilisateurs to one person by the search field; returns their row. */
export async function findUserRow(page: Page, email: string) {
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(email);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole("table")).toContainText("Comptes (1)");
  return row;
}

/** Picks a choice in a Mantine select, the way a person does: open it, click the option. */
export async function choose(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await expect(page.getByRole("listbox")).toBeHidden();
}

/**
 * Invites someone from /utilisateurs (the page must be open). `organisationCode` is for the Region's
 * administrator, who chooses the organisation; the others invite into their own. `lots` are the lots a
 * territorial officer follows.
 */
export async function inviteThroughUsersPage(
  page: Page,
  person: {
    displayName: string;
    email: string;
    role: Role;
    organisationCode?: string;
    lots?: readonly { code: string; name: string }[];
  },
) {
  await page.getByRole("button", { name: "Inviter une personne" }).click();
  const dialog = page.getByRole("dialog", { name: "Inviter une personne" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Nom et prénom").fill(person.displayName);
  await dialog.getByLabel("Adresse e-mail").fill(person.email);
  await choose(page, dialog.getByRole("combobox", { name: "Rôle" }), ROLE_LABELS[person.role]);
  if (person.organisationCode) {
    const organisation = dialog.getByRole("combobox", { name: "Organisation" });
    await organisation.fill(person.organisationCode);
    await page.getByRole("option", { name: `(${person.organisationCode})` }).click();
    await expect(organisation).toHaveValue(new RegExp(`\\(${person.organisationCode}\\)$`));
  }
  if (person.lots) {
    const lots = dialog.getByRole("combobox", { name: "Lots suivis" });
    for (const lot of person.lots) {
      await lots.fill(lot.code);
      await page.getByRole("option", { name: `${lot.code} — ${lot.name}`, exact: true }).click();
    }
    await lots.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(dialog).toBeVisible();
  }
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${person.displayName} va recevoir un e-mail`)).toBeVisible();
}

/**
 * Reads, on /courriels (Region administrator), the newest e-mail with this subject sent to `to`,
 * and returns the Amorce link it holds (path and query, on this server).
 */
export async function linkFromOutbox(page: Page, to: string, subject: string): Promise<string> {
  await page.goto("/courriels");
  await expect(page.getByRole("heading", { level: 1, name: /E-mails envoyés/ })).toBeVisible();
  const control = page
    .getByRole("button")
    .filter({ hasText: subject })
    .filter({ hasText: `À ${to} ` });
  await expect(control.first()).toBeVisible();
  await control.first().click();
  await expect(control.first()).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`[id="${await control.first().getAttribute("aria-controls")}"]`);
  await expect(panel).toBeVisible();
  await expectAccessible(page);
  const link = panel.getByRole("link", { name: /jeton=/ });
  await expect(link).toHaveCount(1);
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`No link in the e-mail « ${subject} » to ${to}`);
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

/** Chooses a password on the page of an invitation or a reset link, already open. */
export async function fillNewPassword(page: Page, password: string) {
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(password);
  await page.getByLabel("Confirmez le mot de passe", { exact: true }).fill(password);
}

/** Opens an invitation link and activates the account; the invitee is then signed in, at home. */
export async function acceptInvitation(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(page.getByText(/vous êtes invité·e à rejoindre Amorce/)).toBeVisible();
  await fillNewPassword(page, password);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/**
 * A new account that can sign in: the Region's administrator (`admin`, signed in) invites it through
 * /utilisateurs, reads the invitation in /courriels, and the person opens the link, in a browser of
 * their own, to choose `password`.
 */
export async function activatedAccount(
  browser: Browser,
  admin: Page,
  person: { displayName: string; email: string; role: Role; organisationCode?: string; password: string },
) {
  await openUsersPage(admin);
  await inviteThroughUsersPage(admin, person);
  const link = await linkFromOutbox(admin, person.email, "Votre accès à Amorce");
  const invitee = await anonymousPage(browser);
  await acceptInvitation(invitee, link, person.password);
  await expect(invitee.getByRole("heading", { level: 1 })).toBeVisible();
  await invitee.context().close();
}
