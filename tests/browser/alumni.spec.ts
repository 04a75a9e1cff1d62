import { expect, test } from "@playwright/test";
import { linkFromOutbox, pageSignedInAs } from "./account-flows";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible } from "./support";
import { apiSend } from "./territory-steps";

/**
 * Alumni: a trainee four weeks from their end opens their space on a phone and agrees to testify for
 * future trainees; a trainer of their site invites them to an information session from « Ambassadeurs »;
 * the trainee accepts in their space, and the trainer sees it.
 */

test.describe.configure({ timeout: 120_000 });

test("a trainee near their end agrees to testify on their phone, a trainer invites them, they accept @téléphone", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const email = `yasmine.${suffix}@exemple.test`;
  const lastName = `Témoin-${suffix}`;
  const name = `Yasmine ${lastName}`;
  const { pathwayId, site } = await enteredTrainee(page, { firstName: "Yasmine", lastName, email });

  // The pathway ends in four weeks; the trainer opens the trainee's space.
  await apiSend(page, "PUT", `/pathways/${pathwayId}/plan`, {
    items: [],
    plannedEndDate: parisDay(28),
    expectedVersion: 0,
  });
  await page.goto(`/parcours/${pathwayId}`);
  await page.getByRole("tab", { name: "Résumé" }).click();
  await page.getByRole("button", { name: "Donner accès à son espace" }).click();
  await expect(page.getByRole("status")).toContainText(`vient d'être envoyé à ${email}`);
  await page.context().clearCookies();
  const admin = await pageSignedInAs(browser, "region_admin");
  const link = await linkFromOutbox(admin, email, "Votre espace Amorce est ouvert");
  await admin.context().close();

  // On the phone, the trainee reads what testifying means, ticks the consent and leaves a word.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  const section = page.getByRole("region", { name: "Témoigner pour les futurs stagiaires" });
  await expect(section).toContainText("vous choisissez si vous venez ou non");
  const agree = section.getByRole("button", { name: "Je veux témoigner" });
  await expect(agree).toBeDisabled();
  await section.getByRole("checkbox", { name: /J'accepte que l'organisme de formation/ }).check();
  await section.getByLabel("Un petit mot pour le site (si vous voulez)").fill("Je peux venir le mardi.");
  await expectAccessible(page);
  await agree.click();
  await expect(section.getByText("Merci !")).toBeVisible();
  await expect(section).toContainText("Votre mot : « Je peux venir le mardi. »");
  await expect(section.getByRole("button", { name: "Je ne souhaite plus témoigner" })).toBeVisible();
  await expectAccessible(page);

  // The trainer finds them in « Ambassadeurs » and invites them to the next information session.
  const trainer = await pageSignedInAs(browser, "training_staff");
  await trainer.goto("/ambassadeurs");
  await expect(trainer.getByRole("heading", { level: 1, name: "Ambassadeurs" })).toBeVisible();
  const row = trainer.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Je peux venir le mardi.");
  await expect(row).toContainText(email);
  await expectAccessible(trainer);
  await row.getByRole("button", { name: `Inviter ${name}` }).click();
  const dialog = trainer.getByRole("dialog", { name: `Inviter ${name}` });
  await dialog.getByRole("combobox", { name: "Information collective" }).click();
  const option = trainer
    .getByRole("option")
    .filter({ hasText: ` — ${site.name}, ` })
    .first();
  await option.click();
  await expect(trainer.getByRole("listbox")).toBeHidden();
  await expectAccessible(trainer);
  await dialog.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(trainer.getByText(`${name} a reçu un e-mail.`)).toBeVisible();
  await expect(row).toContainText("Pas encore de réponse");

  // The trainee sees the invitation, with its date and place, and accepts.
  await page.reload();
  await expect(section.getByRole("heading", { name: "Mes invitations" })).toBeVisible();
  await expect(section).toContainText(`(site ${site.name})`);
  await section.getByRole("button", { name: /^J'accepte — réunion du / }).click();
  await expect(section).toContainText("Votre réponse : J'accepte.");
  await expectAccessible(page);

  // The trainer sees the answer.
  await trainer.reload();
  await expect(trainer.getByRole("row").filter({ hasText: name })).toContainText("J'accepte");
  // The site's page shows, beside its information sessions, how many ambassadors are coming.
  await trainer.goto(`/territoire/sites/${site.id}`);
  await expect(
    trainer
      .getByRole("region", { name: "Offre publique" })
      .getByText(/^Ambassadeurs : \d+ invités?, [1-9]\d* vien/)
      .first(),
  ).toBeVisible();
  await expectAccessible(trainer);
  await trainer.context().close();
});
