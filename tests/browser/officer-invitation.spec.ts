import { expect, test } from "@playwright/test";
import { ROLE_LABELS } from "../../src/domains/accounts/roles";
import {
  anonymousPage,
  choose,
  fillNewPassword,
  findUserRow,
  inviteThroughUsersPage,
  linkFromOutbox,
  newPassword,
  openUsersPage,
  pageSignedInAs,
} from "./account-flows";
import { expectAccessible } from "./support";
import { type ApiLot, listOf } from "./territory-steps";

// Two people, each in their own browser, and an accessibility check on every page: slower than one page.
test.describe.configure({ timeout: 120_000 });

test("a territorial officer cannot be invited without the lots they follow", async ({ browser }) => {
  const admin = await pageSignedInAs(browser, "region_admin");
  await openUsersPage(admin);
  await admin.getByRole("button", { name: "Inviter une personne" }).click();
  const dialog = admin.getByRole("dialog", { name: "Inviter une personne" });
  await expect(dialog.getByRole("combobox", { name: "Lots suivis" })).toHaveCount(0);
  await choose(admin, dialog.getByRole("combobox", { name: "Rôle" }), ROLE_LABELS.territorial_officer);
  const lots = dialog.getByRole("combobox", { name: "Lots suivis" });
  await expect(lots).toBeVisible();
  await dialog.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(dialog.getByText("Choisissez au moins un lot suivi.")).toBeVisible();
  await expect(lots).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(admin);

  await choose(admin, dialog.getByRole("combobox", { name: "Rôle" }), ROLE_LABELS.training_staff);
  await expect(lots).toHaveCount(0);
  await admin.context().close();
});

test("the Region's administrator invites a territorial officer with two lots, who then sees them", async ({
  browser,
}) => {
  const email = `officer-${Date.now()}@amorce.test`;
  const displayName = `Sacha Territoire ${Date.now()}`;

  // The Region's administrator invites the officer into the Region, following two lots.
  const admin = await pageSignedInAs(browser, "region_admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Tableau de bord Région" })).toBeVisible();
  await expectAccessible(admin);
  const followed = (await listOf<ApiLot>(admin, "lots"))
    .toSorted((a, b) => a.code.localeCompare(b.code, "fr"))
    .slice(0, 2);
  expect(followed).toHaveLength(2);
  await openUsersPage(admin);
  await expectAccessible(admin);
  await inviteThroughUsersPage(admin, {
    displayName,
    email,
    role: "territorial_officer",
    organisationCode: "REGION",
    lots: followed,
  });
  const pendingRow = await findUserRow(admin, email);
  await expect(pendingRow).toContainText("Invitation en attente");
  await expect(pendingRow).toContainText(ROLE_LABELS.territorial_officer);
  await expectAccessible(admin);

  // The invitation e-mail, as the demonstration shows it.
  const link = await linkFromOutbox(admin, email, "Votre accès à Amorce");
  expect(link).toMatch(/^\/invitation\?jeton=/);
  await expect(admin.getByText(`Bonjour ${displayName},`)).toBeVisible();
  await admin.context().close();

  // The officer, in their own browser, activates their account and lands on their home.
  const officer = await anonymousPage(browser);
  await officer.goto(link);
  await expect(officer.getByRole("heading", { level: 1, name: "Invitation" })).toBeVisible();
  await expect(officer.getByText(`Bonjour ${displayName}`)).toBeVisible();
  await expect(officer.getByText(ROLE_LABELS.territorial_officer)).toBeVisible();
  await expectAccessible(officer);
  await fillNewPassword(officer, newPassword());
  await officer.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Mes lots" })).toBeVisible();
  await expect(officer).toHaveURL(/\/$/);
  await expectAccessible(officer);

  // Their territory page lists exactly the two lots they follow.
  await officer.goto("/territoire");
  await expect(officer.getByRole("heading", { level: 1, name: "Territoire" })).toBeVisible();
  const mine = officer.getByRole("main").getByRole("table").first();
  await expect(mine).toHaveAccessibleName("Mes lots");
  await expect(mine.getByRole("row")).toHaveCount(1 + followed.length);
  for (const lot of followed) {
    const row = mine.getByRole("row").filter({ hasText: lot.code });
    await expect(row.getByRole("link", { name: lot.name, exact: true })).toHaveAttribute(
      "href",
      `/territoire/lots/${lot.id}`,
    );
  }
  await expectAccessible(officer);
  await officer.context().close();
});
