import { expect, test } from "@playwright/test";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { addPlanItem, planCheck, planItem } from "./plan-steps";
import { expectAccessible, signIn } from "./support";
import { apiGet, apiSend } from "./territory-steps";

/**
 * A trainee's plan, built in the editor with the rule check live beside it, saved, revised with a
 * reason; then the Region changes a rule on « Règles du programme ».
 */

const day = parisDay;

const item = planItem;
const checkPanel = planCheck;

test("training staff build a full plan with the rules checked live, save it, then revise it with a reason", async ({
  page,
}) => {
  test.slow();
  const { pathwayId } = await enteredTrainee(page, {
    firstName: "Inès",
    lastName: `Plan-${Date.now().toString(36)}`,
  });
  await page.goto(`/parcours/${pathwayId}`);
  await page.getByRole("tab", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { name: "Construire le plan" })).toBeVisible();

  await page.getByLabel("Objectifs").fill("Choisir un métier de la logistique et s'y essayer en entreprise.");
  await page.getByLabel("Fin prévue").fill(day(102));
  for (const hours of ["70", "80", "90"]) await addPlanItem(page, "module", { hours });
  for (const [start, end, hours] of [
    [28, 39, "70"],
    [56, 67, "70"],
    [84, 95, "400"],
  ] as const) {
    await addPlanItem(page, "internship", { hours, start: day(start), end: day(end) });
  }

  // 400 h for the third internship: too many hours in all, said at once.
  const tooMany = checkPanel(page).getByText("Le plan compte 780 h ; il en faut entre 300 et 600.");
  await expect(tooMany).toBeVisible();
  await expect(checkPanel(page).getByText("Le plan ne respecte pas les règles du programme")).toBeVisible();
  await expectAccessible(page);
  await item(page, 6).getByLabel("Heures").fill("70");
  await expect(tooMany).toHaveCount(0);
  await expect(checkPanel(page).getByText("Le plan respecte les règles du programme")).toBeVisible();
  await expect(checkPanel(page)).toContainText("450 h");
  await expect(checkPanel(page)).toContainText("46,7 %");
  await expect(page.getByRole("region", { name: "Calendrier" })).toContainText("Stage en entreprise");

  await page.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(page.getByText("Plan enregistré : version 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Réviser le plan (version 1 en vigueur)" })).toBeVisible();

  // A revision needs its reason.
  await item(page, 1).getByLabel("Heures").fill("75");
  await page.getByRole("button", { name: "Enregistrer la nouvelle version" }).click();
  await expect(page.getByText("Indiquez pourquoi vous modifiez le plan.")).toBeVisible();
  await page
    .getByLabel("Pourquoi modifier le plan ?")
    .fill("Cinq heures de dynamisation en plus, à sa demande.");
  await page.getByRole("button", { name: "Enregistrer la nouvelle version" }).click();
  await expect(page.getByText("Plan enregistré : version 2")).toBeVisible();

  const versions = page.getByRole("list", { name: "Versions du plan, de la plus récente à la première" });
  await expect(versions.getByRole("listitem")).toHaveCount(2);
  await expect(versions).toContainText("Pourquoi : Cinq heures de dynamisation en plus, à sa demande.");
  await versions.getByRole("button", { name: "Voir la version 1" }).click();
  const old = page.getByRole("dialog", { name: "Plan, version 1 (lecture seule)" });
  await expect(old).toContainText("Module Dynamisation : 70 h");
  await expect(old.getByText("Le plan respecte les règles du programme")).toBeVisible();
  await expectAccessible(page);
});

test("the Region changes a programme rule, kept as a new version", async ({ page }) => {
  await signIn(page, "region_admin");
  await page
    .getByRole("link", { name: /Règles du programme/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Règles du programme", level: 1 })).toBeVisible();
  await expect(page.getByText("Une modification s'applique aux plans construits ensuite")).toBeVisible();
  const before = await apiGet<{ version: number }>(page, "/programme-rules");
  await page.getByRole("button", { name: "Modifier les règles" }).click();
  await page.getByRole("group", { name: "Heures du parcours" }).getByLabel("Maximum (heures)").fill("620");
  await page
    .getByLabel("Pourquoi ce changement ?")
    .fill("Parcours plus longs pour les personnes les plus éloignées.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
  await expect(
    page.getByRole("heading", { name: `Règles en vigueur : version ${before.version + 1}` }),
  ).toBeVisible();
  await expect(page.getByText("Entre 300 et 620 heures au total.")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Versions des règles, de la plus récente à la première" }),
  ).toContainText("Pourquoi : Parcours plus longs pour les personnes les plus éloignées.");
  await expectAccessible(page);
});

test("the trainee reads their hours, planned and done, in plain words on their phone @téléphone", async ({
  page,
}) => {
  await signIn(page, "trainee");
  const hours = page.getByRole("region", { name: "Mes heures" });
  await expect(hours.getByText(/^Dynamisation : [\d,]+ h faites sur [\d,]+ h prévues$/)).toBeVisible();
  await expect(hours.getByText(/^Stages : [\d,]+ h faites sur [\d,]+ h prévues$/)).toBeVisible();
  await expectAccessible(page);
});

test("on a phone, the plan reads in one column: the check, the hours, the weeks @téléphone", async ({
  page,
}) => {
  const { pathwayId } = await enteredTrainee(page, {
    firstName: "Noé",
    lastName: `Mobile-${Date.now().toString(36)}`,
  });
  await apiSend(page, "PUT", `/pathways/${pathwayId}/plan`, {
    objectives: "Découvrir deux métiers.",
    plannedEndDate: day(102),
    items: [
      { kind: "module", module: "dynamisation", hours: 70 },
      { kind: "module", module: "projection", hours: 80 },
      { kind: "workshop", module: "construction", hours: 90, date: day(3) },
      { kind: "internship", hours: 70, start: day(28), end: day(39) },
      { kind: "internship", hours: 70, start: day(56), end: day(67) },
    ],
    revisionNote: null,
    expectedVersion: 0,
  });
  await page.goto(`/parcours/${pathwayId}?onglet=plan`);
  await expect(checkPanel(page).getByText("Le plan respecte les règles du programme")).toBeVisible();
  await expect(checkPanel(page)).toContainText(
    "Le plan compte 2 stages ; le cahier des charges en prévoit 3.",
  );
  await expect(
    page.getByRole("region", { name: "Calendrier" }).getByRole("row", { name: /^S1 / }),
  ).toContainText("Atelier collectif Construction professionnelle");
  await expectAccessible(page);
});
