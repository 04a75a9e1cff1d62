import { expect, test } from "@playwright/test";
import type { Role } from "../../src/domains/accounts/roles";
import { expectAccessible, signIn } from "./support";

// The referral features that notify people are built separately, and no fixture creates a notification:
// these tests see the empty list, the bell without unread notifications, and the e-mail preference.
const BELL = /^Notifications(, \d+ non lues?)?$/;

for (const role of ["prescriber_advisor", "trainee"] as const satisfies readonly Role[]) {
  test(`${role} opens their notifications from the bell and keeps their e-mail preference @téléphone`, async ({
    page,
  }) => {
    await signIn(page, role);
    const bell = page.getByRole("banner").getByRole("link", { name: BELL });
    await expect(bell).toBeVisible();
    await bell.click();

    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(page.getByText("Aucune notification")).toBeVisible();
    const immediate = page.getByRole("radio", { name: "À chaque changement" });
    const digest = page.getByRole("radio", { name: "Un récapitulatif par jour" });
    await expect(immediate.or(digest).first()).toBeVisible();
    await expectAccessible(page);

    // Each run switches to the other choice: the browser tests share one database.
    const target = (await immediate.isChecked()) ? digest : immediate;
    await target.check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Préférence enregistrée")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expect(target).toBeChecked();
    await expectAccessible(page);
  });
}

test("the menu leads to the notifications", async ({ page }) => {
  await signIn(page, "training_manager");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Notifications" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});
