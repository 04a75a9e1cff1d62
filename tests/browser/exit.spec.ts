import { expect, test } from "@playwright/test";
import { recordExitThroughUi } from "./exit-steps";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";

/**
 * The profile at entry and the exit: the site's staff completes the profile, records an early exit for
 * a PRF training (the situation offered from the next step), and gets the certificate; the referent
 * reads the exit, is notified, and downloads the certificate too.
 */
test("the site's staff records the profile at entry and the exit; the referent is told and gets the certificate", async ({
  page,
}) => {
  test.slow(); // a referral taken to the entry, two sign-ins, three accessibility checks
  const lastName = `Sortie-${Date.now().toString(36)}`;
  const { pathwayId } = await enteredTrainee(page, { firstName: "Maëlle", lastName });

  await page.goto(`/parcours/${pathwayId}`);
  const profile = page.getByRole("region", { name: "Profil à l'entrée" });
  await expect(profile.getByText("À compléter")).toBeVisible();
  await profile.getByRole("button", { name: "Compléter le profil" }).click();
  await profile.getByLabel("Situation 12 mois avant l'entrée").selectOption({ label: "Recherche d'emploi" });
  await profile.getByLabel("Niveau de qualification").selectOption({ label: "Niveau 3 : CAP, BEP" });
  await profile.getByRole("radio", { name: "Non" }).check();
  await profile.getByLabel("Genre").selectOption({ label: "Femme" });
  await profile.getByLabel("Habite un quartier prioritaire de la ville (QPV)").check();
  await expectAccessible(page);
  await profile.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(profile.getByText("À compléter")).toBeHidden();
  await expect(profile).toContainText("Niveau 3 : CAP, BEP");
  await expect(profile).toContainText("Femme");

  await page.goto(`/parcours/${pathwayId}?onglet=sortie`);
  const form = page.getByRole("form", { name: "Enregistrer la sortie" });
  await form.getByLabel("Suite de parcours").selectOption({ label: "Formation qualifiante du PRF" });
  await expect(form.getByLabel("Situation à la sortie")).toHaveValue("qualifying_training_prf");
  await form.getByLabel("Motif de sortie").selectOption({ label: "Sortie anticipée pour un emploi" });
  await expect(form.getByText("Une sortie anticipée pour un emploi suppose un emploi")).toBeVisible();
  await expectAccessible(page);

  await recordExitThroughUi(page, pathwayId, {
    exitDate: parisDay(),
    reason: "Sortie anticipée pour une formation",
    nextStep: {
      kind: "Formation qualifiante du PRF",
      title: "Titre professionnel cuisinier",
      startDate: parisDay(40),
    },
  });
  const exit = page.getByRole("region", { name: "Sortie" });
  await expect(exit).toContainText("Sortie anticipée pour une formation");
  await expect(exit).toContainText("Formation qualifiante du Programme régional de formation (PRF)");
  await expect(exit).toContainText("Titre professionnel cuisinier");
  const certificate = exit.getByRole("link", { name: "Attestation de fin de formation (PDF)" });
  const pdf = await page.request.get((await certificate.getAttribute("href")) as string);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expect(page.getByRole("button", { name: "Corriger la sortie" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "prescriber_advisor");
  const notices = await apiGet<{ items: { message: string; link: string | null }[] }>(page, "/notifications");
  expect(
    notices.items.find((notice) => notice.link === `/parcours/${pathwayId}?onglet=sortie`)?.message,
  ).toContain(`Maëlle ${lastName}`);
  await page.goto(`/parcours/${pathwayId}?onglet=sortie`);
  const seen = page.getByRole("region", { name: "Sortie" });
  await expect(seen).toContainText("Sortie anticipée pour une formation");
  await expect(page.getByRole("button", { name: "Corriger la sortie" })).toBeHidden();
  await expect(seen.getByRole("link", { name: "Attestation de fin de formation (PDF)" })).toBeVisible();
  await expectAccessible(page);
});
