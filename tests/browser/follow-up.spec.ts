import { expect, test } from "@playwright/test";
import { recordExitThroughUi } from "./exit-steps";
import {
  answerQuestionnaire,
  fillFollowUpQuestions,
  SAMPLE_ANSWERS,
  sentFollowUpLink,
} from "./follow-up-steps";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { apiSend } from "./territory-steps";

/**
 * The follow-up after exit: a former trainee answers the questionnaire from their link on a phone
 * (and offers to testify); another, without an e-mail address, is on the call list and answers by
 * phone to the trainer; the referent reads both answers in the « Suivi » tab; the rates count them.
 */
test("a former trainee answers the follow-up on their phone, another by phone; the referent reads it @téléphone", async ({
  page,
  browser,
}) => {
  test.slow(); // two referrals taken to the entry and out, two contexts, four accessibility checks
  const stamp = Date.now().toString(36);
  const email = `suivi.${stamp}@exemple.test`;
  const first = await enteredTrainee(page, { firstName: "Inès", lastName: `Suivi-${stamp}`, email });
  await recordExitThroughUi(page, first.pathwayId, {
    exitDate: parisDay(),
    reason: "Parcours terminé",
    nextStep: {
      kind: "Formation qualifiante du PRF",
      title: "Titre professionnel cuisinier",
      startDate: parisDay(30),
    },
  });
  const link = await sentFollowUpLink(page, browser, first.pathwayId, email);
  await answerQuestionnaire(
    browser,
    link,
    "Inès",
    { ...SAMPLE_ANSWERS, ambassador: true },
    { phone: true, axe: true },
  );

  await page.context().clearCookies();
  const second = await enteredTrainee(page, { firstName: "Yanis", lastName: `Appel-${stamp}`, email: null });
  await recordExitThroughUi(page, second.pathwayId, {
    exitDate: parisDay(),
    reason: "Parcours terminé",
    nextStep: {
      kind: "Recherche d'emploi accompagnée",
      plan: "Candidatures en restauration avec sa conseillère.",
    },
  });
  await apiSend(page, "POST", `/pathways/${second.pathwayId}/follow-ups/demo-send`, {});

  await page.goto("/suivi-des-anciens");
  await expect(page.getByRole("heading", { name: "Suivi des anciens stagiaires" })).toBeVisible();
  const calls = page.getByRole("region", { name: "Anciens stagiaires à appeler" });
  await expect(calls.getByRole("link", { name: `Yanis Appel-${stamp}` })).toBeVisible();
  await expectAccessible(page);
  await calls.getByRole("button", { name: `Noter un appel sans réponse pour Yanis Appel-${stamp}` }).click();
  await expect(calls.getByText(/^1 \(dernier le/)).toBeVisible();
  await calls.getByRole("button", { name: `Saisir les réponses de Yanis Appel-${stamp}` }).click();
  const dialog = page.getByRole("dialog", { name: "Réponses données par téléphone" });
  await fillFollowUpQuestions(dialog, {
    situation: "Je cherche du travail",
    projectIdentified: "Non",
    situationImproved: "Oui",
    selfEsteem: "Un peu mieux qu'avant",
    barriers: [],
  });
  await dialog.getByRole("button", { name: "Enregistrer les réponses" }).click();
  await expect(dialog).toBeHidden();
  await expect(calls.getByRole("link", { name: `Yanis Appel-${stamp}` })).toBeHidden();
  await expect(
    page.getByRole("region", { name: "Taux de réponse au suivi, par lot et par site" }),
  ).toContainText(first.site.name);

  await page.context().clearCookies();
  await signIn(page, "prescriber_advisor");
  await page.goto(`/parcours/${first.pathwayId}?onglet=suivi`);
  await expect(page.getByRole("heading", { name: "Suivi à 6 mois" })).toBeVisible();
  await expect(page.getByText("Répondu", { exact: true })).toBeVisible();
  await expect(page.getByText(/par le lien/)).toBeVisible();
  await expect(
    page.getByText("Formation qualifiante du Programme régional de formation (PRF)"),
  ).toBeVisible();
  await expect(page.getByText("Freins encore présents : Mobilité")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/parcours/${second.pathwayId}?onglet=suivi`);
  await expect(page.getByText(/par téléphone/)).toBeVisible();
  await expect(page.getByText("Freins encore présents : aucun")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "region_admin");
  await page.goto("/suivi-des-anciens");
  await expect(page.getByRole("heading", { name: "À appeler" })).toBeHidden();
  const rates = page.getByRole("region", { name: "Taux de réponse au suivi, par lot et par site" });
  const siteCell = page.getByRole("cell", { name: first.site.name, exact: true });
  await expect(rates.getByRole("row").filter({ has: siteCell })).toContainText("%");
  await expectAccessible(page);
});
