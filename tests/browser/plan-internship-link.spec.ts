import { expect, test } from "@playwright/test";
import { enteredTrainee, parisDay, uniqueSiret } from "./pathway-steps";
import { planItem } from "./plan-steps";
import { expectAccessible } from "./support";
import { apiSend } from "./territory-steps";

/** An internship of the plan linked in the editor to the internship recorded for the pathway. */
test("training staff link a plan's internship to the recorded one: its dates and hours taken, its hours done counted", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const { pathwayId } = await enteredTrainee(page, { firstName: "Lina", lastName: `Relie-${suffix}` });
  const company = await apiSend<{ id: string }>(page, "POST", "/host-companies", {
    siret: uniqueSiret(),
    name: `Quai Ambre ${suffix}`,
    address: "4 quai des Chartrons",
    postalCode: "33000",
    city: "Bordeaux",
    sector: "Entreposage et logistique",
  });
  const internship = await apiSend<{ id: string }>(page, "POST", `/pathways/${pathwayId}/internships`, {
    hostCompanyId: company.id,
    tutorName: "Samir Haddad",
    tutorEmail: `samir.${suffix}@exemple.test`,
    startDate: parisDay(28),
    endDate: parisDay(39),
    dailySchedule: "Du lundi au vendredi, 8 h – 12 h et 13 h – 16 h",
    hours: 70,
    romeCode: "N1103",
    objective: "discover_job",
  });
  await apiSend(page, "PUT", `/pathways/${pathwayId}/plan`, {
    objectives: "Essayer la logistique.",
    plannedEndDate: parisDay(102),
    items: [
      { kind: "module", module: "dynamisation", hours: 70 },
      { kind: "module", module: "projection", hours: 80 },
      { kind: "module", module: "construction", hours: 90 },
      { kind: "internship", hours: 60, start: parisDay(29), end: parisDay(40) },
      { kind: "internship", hours: 70, start: parisDay(56), end: parisDay(67) },
      { kind: "internship", hours: 70, start: parisDay(84), end: parisDay(95) },
    ],
    revisionNote: null,
    expectedVersion: 0,
  });
  await page.goto(`/parcours/${pathwayId}?onglet=plan`);
  const hoursPanel = page.getByRole("region", { name: "Heures prévues et faites" });
  await expect(hoursPanel).toContainText("60 h prévues (stage pas encore relié à sa convention)");

  const choice = `Quai Ambre ${suffix}, du`;
  const first = planItem(page, 4);
  const select = first.getByLabel("Stage enregistré");
  await expect(select.locator("option", { hasText: choice })).toHaveText(/\(En préparation\)$/);
  await select.selectOption(internship.id);
  await expect(first.getByRole("textbox", { name: "Du", exact: true })).toHaveValue(parisDay(28));
  await expect(first.getByRole("textbox", { name: "Au", exact: true })).toHaveValue(parisDay(39));
  await expect(first.getByLabel("Heures")).toHaveValue("70");
  // Already linked to the 4th item: not offered to the 5th.
  await expect(
    planItem(page, 5).getByLabel("Stage enregistré").locator("option", { hasText: choice }),
  ).toBeDisabled();
  await expectAccessible(page);

  await page.getByLabel("Pourquoi modifier le plan ?").fill("Premier stage relié à sa convention.");
  await page.getByRole("button", { name: "Enregistrer la nouvelle version" }).click();
  await expect(page.getByText("Plan enregistré : version 2")).toBeVisible();
  await expect(planItem(page, 4).getByLabel("Stage enregistré")).toHaveValue(internship.id);
  await expect(hoursPanel.getByText(/^Stage 1 .*: 0 h faites sur 70 h prévues$/)).toBeVisible();

  await page
    .getByRole("list", { name: "Versions du plan, de la plus récente à la première" })
    .getByRole("button", { name: "Voir la version 2" })
    .click();
  const saved = page.getByRole("dialog", { name: "Plan, version 2 (lecture seule)" });
  await expect(saved).toContainText(`Stage en entreprise : 70 h, du`);
  await expect(saved).toContainText(`stage enregistré : Quai Ambre ${suffix}`);
  await expectAccessible(page);
});
