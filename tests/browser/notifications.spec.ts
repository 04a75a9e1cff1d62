import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import { apiSend, listOf, type Named } from "./territory-steps";

const BELL = /^Notifications(, \d+ non lues?)?$/;
const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: BELL });

/** Checks the e-mail choice is kept; each run switches to the other one (the tests share one database). */
async function switchEmailPreference(page: Page) {
  const immediate = page.getByRole("radio", { name: "À chaque changement" });
  const digest = page.getByRole("radio", { name: "Un récapitulatif par jour" });
  await expect(immediate.or(digest).first()).toBeVisible();
  const target = (await immediate.isChecked()) ? digest : immediate;
  await target.check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Préférence enregistrée")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(target).toBeChecked();
}

/** The demo prescriber refers someone and the site takes it in charge: the prescriber is told. */
async function somethingToTell(browser: Browser, page: Page): Promise<string> {
  const lastName = `Nouvelle-${Date.now().toString(36)}`;
  const sites = await listOf<Named & { active: boolean; organisation: Named }>(page, "sites");
  const site = sites.find((candidate) => candidate.organisation.code === "OF01" && candidate.active);
  if (!site) throw new Error("OF01 has no open site in the demo");
  const { id } = await apiSend<{ id: string }>(page, "POST", "/referrals", {
    person: {
      lastName,
      firstName: "Iris",
      birthDate: "1996-06-06",
      email: null,
      phone: "06 00 00 00 00",
      communeCode: "33063",
    },
    siteId: site.id,
    motivation: "Notifier le prescripteur.",
  });
  const staff = await browser.newPage();
  await signIn(staff, "training_staff");
  await apiSend(staff, "POST", `/referrals/${id}/transitions`, { to: "under_review" });
  await staff.close();
  return `Iris ${lastName} : en cours d'examen.`;
}

test("a prescriber is told when a site takes their prescription in charge, and reads it from the bell @téléphone", async ({
  browser,
  page,
}) => {
  await signIn(page, "prescriber_advisor");
  const message = await somethingToTell(browser, page);
  await page.reload();
  await expect(
    page.getByRole("banner").getByRole("link", { name: /^Notifications, \d+ non lues?$/ }),
  ).toBeVisible();
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByRole("link", { name: `Voir : ${message}` })).toHaveAttribute(
    "href",
    /^\/prescriptions\//,
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await switchEmailPreference(page);
  await expectAccessible(page);
});

test("a trainee, told of nothing yet, sees an empty list and keeps their e-mail preference @téléphone", async ({
  page,
}) => {
  await signIn(page, "trainee");
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByText("Aucune notification pour l'instant.")).toBeVisible();
  await expectAccessible(page);
  await switchEmailPreference(page);
});

test("the menu leads to the notifications", async ({ page }) => {
  await signIn(page, "training_manager");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Notifications" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});
