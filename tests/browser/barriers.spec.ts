import { expect, type Page, test } from "@playwright/test";
import { choose } from "./account-flows";
import { enteredTrainee } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";

/**
 * The diagnosis of barriers on a trainee's pathway: the site's staff adds a health barrier and a mobility
 * barrier with an action, lifts the mobility one; the Region sees that there is a health barrier, never
 * what it is.
 */

const HEALTH_DETAILS = "Suivi psychologique en cours, rendez-vous le mardi matin.";

const card = (page: Page, title: string) => page.getByRole("article", { name: title });

async function addBarrier(
  page: Page,
  values: { theme: string; situation: string; severity: string; details?: string },
) {
  await page.getByRole("button", { name: "Ajouter un frein" }).click();
  const dialog = page.getByRole("dialog", { name: "Ajouter un frein" });
  await choose(page, dialog.getByRole("combobox", { name: "Thème" }), values.theme);
  await choose(page, dialog.getByRole("combobox", { name: "Situation" }), values.situation);
  await choose(page, dialog.getByRole("combobox", { name: "Gravité" }), values.severity);
  if (values.details) await dialog.getByRole("textbox", { name: "Précisions" }).fill(values.details);
  return dialog;
}

test("the site's staff works on a trainee's barriers; the Region never reads the health details", async ({
  page,
}) => {
  test.slow(); // a referral taken to the entry, two sign-ins, three accessibility checks
  const { pathwayId } = await enteredTrainee(page, {
    firstName: "Noé",
    lastName: `Freins-${Date.now().toString(36)}`,
  });
  await page.goto(`/parcours/${pathwayId}?onglet=freins`);
  await expect(page.getByRole("tab", { name: "Freins", selected: true })).toBeVisible();
  await expect(page.getByText("Aucun frein repéré pour l'instant.")).toBeVisible();

  const health = await addBarrier(page, {
    theme: "Santé",
    situation: "Souffrance psychique",
    severity: "Bloquant",
    details: HEALTH_DETAILS,
  });
  await expect(
    health
      .getByText("Visible seulement par l'organisme de formation, le ou la référent·e et la personne")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await health.getByRole("button", { name: "Ajouter le frein" }).click();
  await expect(health).toBeHidden();
  await expect(card(page, "Santé")).toContainText(HEALTH_DETAILS);

  const mobility = await addBarrier(page, {
    theme: "Mobilité",
    situation: "Pas de permis de conduire",
    severity: "Important",
  });
  await mobility.getByRole("button", { name: "Ajouter le frein" }).click();
  await expect(mobility).toBeHidden();

  const car = card(page, "Mobilité");
  await car.getByRole("button", { name: "Ajouter une action" }).click();
  const action = page.getByRole("dialog", { name: "Ajouter une action" });
  await action.getByRole("textbox", { name: "Action" }).fill("Rendez-vous avec l'auto-école solidaire");
  await action.getByRole("textbox", { name: "Partenaire" }).fill("Auto-école solidaire de Libourne");
  await action.getByLabel("Échéance").fill("2026-12-12");
  await action.getByRole("button", { name: "Ajouter l'action" }).click();
  await expect(action).toBeHidden();
  await expect(car).toContainText(
    "Rendez-vous avec l'auto-école solidaire — avec Auto-école solidaire de Libourne",
  );

  await car.getByRole("button", { name: "Modifier la gravité ou les précisions" }).click();
  const edit = page.getByRole("dialog", { name: "Modifier le frein" });
  await choose(page, edit.getByRole("combobox", { name: "Gravité" }), "Léger");
  await edit.getByRole("button", { name: "Enregistrer" }).click();
  await expect(edit).toBeHidden();
  await expect(car.getByText("Léger", { exact: true })).toBeVisible();

  await car.getByRole("button", { name: "Commencer la levée" }).click();
  await expect(car).toContainText("En cours de levée");
  await car.getByRole("button", { name: "Marquer levé" }).click();
  await expect(car.getByText("Levé", { exact: true })).toBeVisible();
  await expect(car).toContainText("clos le");
  await car.getByRole("button", { name: /Historique/ }).click();
  const history = car
    .getByRole("list", { name: "Historique du frein, du plus ancien au plus récent" })
    .getByRole("listitem");
  await expect(car.getByText("En cours de levée → Levé")).toBeVisible();
  await expect(
    car.getByText("Action ajoutée « Rendez-vous avec l'auto-école solidaire » (prévue)"),
  ).toBeVisible();
  await expect(history.first()).toContainText("Frein repéré");
  await expect(car.getByText("Gravité : Important → Léger")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Mobilité");
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "region_admin");
  await page.goto(`/parcours/${pathwayId}?onglet=freins`);
  await expect(card(page, "Santé — informations réservées")).toContainText("Bloquant");
  await expect(card(page, "Mobilité")).toContainText("Pas de permis de conduire");
  await expect(page.getByRole("main")).not.toContainText(HEALTH_DETAILS);
  await expect(page.getByRole("main")).not.toContainText("Souffrance psychique");
  await expect(page.getByRole("button", { name: "Ajouter un frein" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ajouter une action" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the trainee reads, in plain words, what is done to help them @téléphone", async ({ page }) => {
  await signIn(page, "trainee");
  const help = page.getByRole("region", { name: "Ce qui est fait pour vous aider" });
  await expect(help).toContainText("Pas de permis de conduire : on s'en occupe.");
  await expect(help).toContainText(
    "Inscription au code de la route avec l'auto-école solidaire (Auto-école solidaire Mobilis) le",
  );
  await expect(help.getByRole("listitem").first()).toContainText("— en cours");
  await expect(help).toContainText("Pas de couverture santé : c'est réglé.");
  await expect(help).toContainText("Dossier de complémentaire santé solidaire (CPAM de la Gironde) le");
  await expectAccessible(page);
});
