import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { mondayOf } from "../../src/domains/calendar-days";
import { choose } from "./account-flows";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible } from "./support";
import { apiSend } from "./territory-steps";

/**
 * A session from start to statement: the site's staff adds yesterday's session, enrols a new trainee,
 * marks them late on a phone-sized screen in a few taps, sees a colleague's mark made meanwhile win over
 * theirs, and downloads the trainee's monthly statement.
 */
test("the staff adds a session, enrols a trainee, marks attendance and downloads the statement @téléphone", async ({
  page,
}) => {
  test.slow(); // a referral taken to the entry, a session created, three accessibility checks
  const lastName = `Assidu-${Date.now().toString(36)}`;
  const title = `Atelier CV ${Date.now().toString(36)}`;
  const { pathwayId, site } = await enteredTrainee(page, { firstName: "Inès", lastName });
  const yesterday = parisDay(-1);

  await page.goto("/seances");
  await expect(page.getByRole("heading", { level: 1, name: "Séances" })).toBeVisible();
  const sitePicker = page.getByRole("combobox", { name: "Site" });
  if (await sitePicker.isVisible()) await choose(page, sitePicker, new RegExp(`^${site.name}`));
  if (mondayOf(yesterday) < mondayOf(parisDay())) {
    await page.getByRole("button", { name: "Semaine précédente" }).click();
  }
  await expect(page.getByText(/^Semaine du/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Nouvelle séance" }).click();
  const form = page.getByRole("dialog", { name: "Nouvelle séance" });
  await form.getByRole("textbox", { name: "Titre" }).fill(title);
  await form.getByLabel("Date").fill(yesterday);
  await form.getByLabel("Début").fill("13:30");
  await form.getByLabel("Fin").fill("12:30");
  await form.getByRole("button", { name: "Ajouter la séance" }).click();
  await expect(form.getByText("L'heure de fin doit être après l'heure de début.")).toBeVisible();
  await form.getByLabel("Fin").fill("16:30");
  await form.getByRole("button", { name: "Ajouter la séance" }).click();
  await expect(form).toBeHidden();

  const session = page.locator(".mantine-Card-root", { hasText: title });
  await expect(session).toContainText("13:30–16:30");
  await expect(session).toContainText("0 inscrit·e sur 12 places");
  await session.getByRole("button", { name: "Inscrits" }).click();
  const enrolments = page.getByRole("dialog", { name: `Inscrits — ${title}` });
  await enrolments.getByRole("checkbox", { name: `Inès ${lastName}` }).check();
  await expectAccessible(page);
  await enrolments.getByRole("button", { name: "Enregistrer les inscriptions" }).click();
  await expect(enrolments).toBeHidden();
  await expect(session).toContainText("1 inscrit·e sur 12 places");

  await session.getByRole("link", { name: "Émarger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Émargement" })).toBeVisible();
  const row = page.getByRole("group", { name: `Inès ${lastName}` });
  await page.getByRole("button", { name: "Tous présents" }).click();
  await expect(row.getByRole("button", { name: "Présent·e" })).toHaveAttribute("aria-pressed", "true");
  await row.getByRole("button", { name: "En retard" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(row.getByText("Indiquez les heures faites par la personne arrivée en retard.")).toBeVisible();
  await row.getByRole("textbox", { name: /Heures faites \(sur 3 h\)/ }).fill("2,5");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Émargement enregistré." })).toBeVisible();

  // Another trainer marks the same trainee meanwhile: nothing is saved, the current marks come back.
  const sessionId = page.url().split("/").at(-2) as string;
  await apiSend(page, "PUT", `/sessions/${sessionId}/attendance`, {
    marks: [{ pathwayId, status: "absent_excused", expectedVersion: 1 }],
  });
  await row.getByRole("button", { name: "Présent·e" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Émargement non enregistré" })).toContainText(
    `Quelqu'un d'autre a émargé entre-temps : Inès ${lastName}.`,
  );
  await expect(row.getByRole("button", { name: "Absent·e excusé·e" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.goto(`/parcours/${pathwayId}?onglet=assiduite`);
  await expect(page.getByRole("tab", { name: "Assiduité", selected: true })).toBeVisible();
  await choose(page, page.getByRole("combobox", { name: "Mois" }), new RegExp(monthName(yesterday)));
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Absent·e excusé·e, 0 h");
  await page.getByRole("button", { name: "Inscrire à toutes les séances à venir du module" }).click();
  await expect(page.getByText(/^\d+ séances? de Dynamisation/)).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Relevé PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^releve-assiduite-${lastName}-In[eè]s-${yesterday.slice(0, 7)}\\.pdf$`),
  );
  const pdf = await readFile((await file.path()) as string);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

/** « novembre 2026 » for the month of a day. */
function monthName(day: string) {
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "long", year: "numeric" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
