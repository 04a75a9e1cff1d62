import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "../../src/demo/demo-accounts";
import { ROLE_LABELS } from "../../src/domains/accounts/roles";
import {
  acceptInvitation,
  anonymousPage,
  choose,
  fillNewPassword,
  findUserRow,
  inviteThroughUsersPage,
  linkFromOutbox,
  newPassword,
  openUsersPage,
  pageSignedInAs,
  submitSignIn,
  uniqueEmail,
} from "./account-flows";
import { expectAccessible, signIn, signOut } from "./support";

// Several people, each in their own browser, and an accessibility check on every page: slower than one page.
test.describe.configure({ timeout: 120_000 });

const INVITATION_SUBJECT = "Votre accès à Amorce";
const TOO_SHORT = "Le mot de passe doit compter au moins 12 caractères.";

/** The invitee's first visit: a too-short password is refused in French, then a good one activates. */
async function chooseFirstPassword(page: Page, link: string, displayName: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(page.getByText(`Bonjour ${displayName}`)).toBeVisible();
  await expect(page.getByText(ROLE_LABELS.training_staff)).toBeVisible();
  await expectAccessible(page);

  await fillNewPassword(page, "court123");
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page.getByText(TOO_SHORT)).toBeVisible();
  await expect(page.getByLabel("Nouveau mot de passe", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page).toHaveURL(/\/invitation\?jeton=/);
  await expectAccessible(page);

  await fillNewPassword(page, password);
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon organisme de formation" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page);
}

test("the Region's administrator invites a training staff member, who activates their account", async ({
  page,
}) => {
  const email = uniqueEmail("invite");
  const displayName = `Camille Invitée ${Date.now()}`;
  const password = newPassword();

  // The Region's administrator invites the person into a training organisation.
  await signIn(page, "region_admin");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord Région" })).toBeVisible();
  await openUsersPage(page);
  await expectAccessible(page);
  await inviteThroughUsersPage(page, {
    displayName,
    email,
    role: "training_staff",
    organisationCode: "OF01",
  });
  const pendingRow = await findUserRow(page, email);
  await expect(pendingRow).toContainText("Invitation en attente");
  await expect(pendingRow).toContainText(ROLE_LABELS.training_staff);
  await expect(
    pendingRow.getByRole("button", { name: `Renvoyer l'invitation à ${displayName}` }),
  ).toBeVisible();
  await expectAccessible(page);

  // The e-mail, as the demonstration shows it.
  const link = await linkFromOutbox(page, email, INVITATION_SUBJECT);
  expect(link).toMatch(/^\/invitation\?jeton=/);
  await expect(page.getByText(`Bonjour ${displayName},`)).toBeVisible();

  // The invitee, on the same computer once the administrator has signed out.
  await signOut(page);
  await chooseFirstPassword(page, link, displayName, password);

  // They come back later with their new password.
  await signOut(page);
  await submitSignIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Mon organisme de formation" })).toBeVisible();
  await signOut(page);

  // The administrator sees the account active.
  await signIn(page, "region_admin");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord Région" })).toBeVisible();
  await openUsersPage(page);
  const activeRow = await findUserRow(page, email);
  await expect(activeRow).toContainText("Actif");
  await expect(activeRow).not.toContainText("Invitation en attente");
  await expect(activeRow.getByRole("button", { name: /Renvoyer l'invitation/ })).toHaveCount(0);
  await expect(
    activeRow.getByRole("button", { name: `Désactiver le compte de ${displayName}` }),
  ).toBeVisible();
  await expectAccessible(page);

  // The audit log: the invitee's own actions…
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1, name: "Journal d'audit" })).toBeVisible();
  await page.getByRole("searchbox", { name: "E-mail de la personne" }).fill(email);
  const events = page.getByRole("table", { name: "Actions enregistrées" }).getByRole("row");
  const accepted = events.filter({ hasText: "Invitation acceptée" });
  await expect(accepted).toHaveCount(1);
  await expect(events.filter({ hasText: /Connexion.*Réussi/ })).toHaveCount(1);
  await expect(events.filter({ hasText: "Déconnexion" })).toHaveCount(2);
  await expectAccessible(page);
  const accountId = (await accepted.textContent())?.match(/[0-9a-f]{8}-[0-9a-f-]{27}/)?.[0];
  expect(accountId, "the account's identifier in the audit record").toBeTruthy();

  // …and the administrator's invitation of that same account.
  await page
    .getByRole("searchbox", { name: "E-mail de la personne" })
    .fill(demoAccount("region_admin").email);
  await choose(page, page.getByRole("combobox", { name: "Action" }), "Invitation d'une personne");
  const invitation = events.filter({ hasText: String(accountId) });
  await expect(invitation).toHaveCount(1);
  await expect(invitation).toContainText("Invitation d'une personne");
  await expect(invitation).toContainText("Réussi");
  await expect(invitation).toContainText("training_staff");
  await expectAccessible(page);
});

/** The Region's administrator invites a staff member into OF01; the link of the e-mail they get. */
async function invitedStaffLink(browser: Browser, email: string, displayName: string): Promise<string> {
  const admin = await pageSignedInAs(browser, "region_admin");
  await openUsersPage(admin);
  await inviteThroughUsersPage(admin, {
    displayName,
    email,
    role: "training_staff",
    organisationCode: "OF01",
  });
  const link = await linkFromOutbox(admin, email, INVITATION_SUBJECT);
  await admin.context().close();
  return link;
}

test("the invitee activates their account on a phone @téléphone", async ({ browser }) => {
  const email = uniqueEmail("invite-telephone");
  const displayName = `Alex Mobile ${Date.now()}`;

  const link = await invitedStaffLink(browser, email, displayName);

  const phone = await anonymousPage(browser);
  await chooseFirstPassword(phone, link, displayName, newPassword());
  const overflows = await phone.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflows, "the home page fits the screen's width").toBe(false);
  await phone.context().close();
});

test("an invitation link cannot be used twice", async ({ browser }) => {
  const email = uniqueEmail("invite-deux-fois");
  const displayName = `Dominique Deux ${Date.now()}`;
  const link = await invitedStaffLink(browser, email, displayName);

  const first = await anonymousPage(browser);
  await acceptInvitation(first, link, newPassword());
  await first.context().close();

  const second = await anonymousPage(browser);
  await second.goto(link);
  await expect(second.getByRole("alert")).toContainText("Cette invitation a déjà servi");
  await expect(second.getByRole("button", { name: "Activer mon compte" })).toHaveCount(0);
  await expectAccessible(second);
  await second.context().close();
});
