import { expect, test } from "@playwright/test";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";
import {
  fillInterviewRecord,
  openInterviewTab,
  recordInterviewThroughUi,
  scheduleInterviewThroughUi,
} from "./tripartite-steps";

/**
 * The tripartite interview: the site's staff fixes its date and place, a record missing the training's
 * title is refused in French, the referent records it held with the next step and the actions; the
 * referent reads it, and the Region sees it counted per site.
 */
test("the staff schedules the tripartite interview, the referent records it, the Region sees it", async ({
  page,
}) => {
  test.slow(); // a referral taken to the entry, three sign-ins, accessibility checks
  const lastName = `Tripartite-${Date.now().toString(36)}`;
  const { pathwayId } = await enteredTrainee(page, { firstName: "Noé", lastName });

  const section = await openInterviewTab(page, pathwayId);
  await expect(section.getByText("À venir", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await scheduleInterviewThroughUi(page, pathwayId, {
    date: parisDay(2),
    time: "14:30",
    place: "Site de formation, salle 2",
  });
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "prescriber_advisor");
  await openInterviewTab(page, pathwayId);
  await page.getByRole("button", { name: "Noter l'entretien" }).click();
  const dialog = await fillInterviewRecord(page, {
    nextStep: { kind: "Formation qualifiante du PRF", title: "", startDate: "" },
    actions: [{ description: "Envoyer le dossier d'inscription", owner: "Stagiaire" }],
  });
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Certains champs sont à corriger");
  await expect(dialog.getByText("Indiquez l'intitulé de la formation.", { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Annuler" }).click();

  await recordInterviewThroughUi(page, pathwayId, {
    heldOn: parisDay(),
    nextStep: {
      kind: "Formation qualifiante du PRF",
      title: "Titre professionnel cuisinier",
      startDate: parisDay(40),
    },
    actions: [
      { description: "Envoyer le dossier d'inscription", owner: "Stagiaire", dueDate: parisDay(10) },
      { description: "Valider le financement", owner: "Prescripteur (référent·e)" },
    ],
    notes: "Projet solide.",
  });
  const held = page.getByRole("region", { name: "Entretien tripartite" });
  await expect(held).toContainText("Titre professionnel cuisinier");
  await expect(held).toContainText("Projet solide.");
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "region_admin");
  await page.goto("/entretiens-tripartites");
  await expect(page.getByRole("heading", { level: 1, name: "Entretiens tripartites" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Entretiens par lot et par site" })).toBeVisible();
  await expectAccessible(page);
});

/**
 * On a phone: the demo trainee reads when and where their end-of-pathway interview is; the site's staff
 * reads it on the pathway's tab; the Region's page of interviews.
 */
test("the trainee, the staff and the Region read the interview on a phone @téléphone", async ({ page }) => {
  await signIn(page, "trainee");
  const mine = page.getByRole("region", { name: "Mon entretien de fin de parcours" });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText("Quand :");
  await expect(mine).toContainText("Site de formation, salle 2 (rez-de-chaussée)");
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "training_staff");
  const found = await apiGet<{ items: { id: string; person: { firstName: string } }[] }>(
    page,
    "/pathways?q=Stagiaire",
  );
  const lea = found.items.find((item) => item.person.firstName === "Léa");
  if (!lea) throw new Error("the demo trainee's pathway is missing");
  const section = await openInterviewTab(page, lea.id);
  await expect(section.getByText(/^Planifié le /)).toBeVisible();
  await expect(section.getByRole("button", { name: "Changer la date" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "region_admin");
  await page.goto("/entretiens-tripartites");
  await expect(page.getByRole("region", { name: /sans entretien tenu/ })).toBeVisible();
  await expectAccessible(page);
});
