import { expect, test } from "@playwright/test";
import { choose } from "./account-flows";
import { freshContext, outboxLinks, signAs } from "./link-steps";
import { enteredTrainee, parisDay, uniqueSiret } from "./pathway-steps";
import { expectAccessible } from "./support";
import { apiGet, apiSend } from "./territory-steps";

/**
 * An internship agreement through its four signatures: the site's staff prepares an internship (a new
 * host company, the tutor, the dates, the job) and sends it for signature; each of the four signers opens
 * the link e-mailed to them in a fresh browser without an account (one on a phone) and signs; the staff
 * then reads « Convention signée »; the trainee reads it in their space on a phone; the tutor gives their
 * assessment from their link and the internship is over.
 */

test("an internship agreement runs through its four signatures, each from an e-mailed link without an account", async ({
  page,
  browser,
}) => {
  test.slow(); // a referral taken to the entry, an internship form, four signers in their own browsers
  const suffix = Date.now().toString(36);
  const trainee = { firstName: "Zoé", lastName: `Stage-${suffix}`, email: `zoe.${suffix}@exemple.test` };
  const tutor = { name: "Hélène Roux", email: `helene.${suffix}@exemple.test` };
  const { pathwayId } = await enteredTrainee(page, trainee);

  // 1. The site's staff prepares the internship: a new company, the tutor, dates, hours, job, objective.
  await page.goto(`/parcours/${pathwayId}?onglet=stages`);
  await expect(page.getByRole("tab", { name: "Stages", selected: true })).toBeVisible();
  await expect(page.getByText("Aucun stage pour l'instant.")).toBeVisible();
  await page.getByRole("button", { name: "Préparer un stage" }).click();
  const dialog = page.getByRole("dialog", { name: "Préparer un stage" });
  await dialog.getByRole("button", { name: "Enregistrer une nouvelle entreprise" }).click();
  await dialog.getByRole("textbox", { name: "SIRET (14 chiffres)", exact: true }).fill(uniqueSiret());
  await dialog
    .getByRole("textbox", { name: "Nom de l'entreprise", exact: true })
    .fill(`Propreté Garonne ${suffix}`);
  await dialog.getByRole("textbox", { name: "Adresse", exact: true }).fill("3 rue des Lilas");
  await dialog.getByRole("textbox", { name: "Code postal", exact: true }).fill("33130");
  await dialog.getByRole("textbox", { name: "Commune", exact: true }).fill("Bègles");
  await dialog.getByRole("textbox", { name: "Secteur d'activité", exact: true }).fill("Nettoyage");
  await dialog.getByRole("button", { name: "Enregistrer l'entreprise" }).click();
  await expect(dialog.getByRole("combobox", { name: "Entreprise d'accueil" })).toHaveValue(
    new RegExp(`Propreté Garonne ${suffix}`),
  );
  await dialog
    .getByRole("textbox", { name: "Tuteur ou tutrice (prénom et nom)", exact: true })
    .fill(tutor.name);
  await dialog.getByRole("textbox", { name: "Sa fonction", exact: true }).fill("Cheffe d'équipe");
  await dialog.getByRole("textbox", { name: "Son adresse e-mail", exact: true }).fill(tutor.email);
  await dialog.getByLabel("Premier jour").fill(parisDay(2));
  await dialog.getByLabel("Dernier jour").fill(parisDay(6));
  await dialog
    .getByRole("textbox", { name: "Horaires de la journée", exact: true })
    .fill("9 h – 12 h et 13 h 30 – 17 h");
  await dialog.getByRole("textbox", { name: "Nombre d'heures au total", exact: true }).fill("28");
  const job = dialog.getByRole("combobox", { name: "Métier découvert (code ROME)" });
  await job.fill("Nettoyage de loc");
  await page.getByRole("option", { name: "K2204 — Nettoyage de locaux" }).click();
  await choose(
    page,
    dialog.getByRole("combobox", { name: "Objectif du stage" }),
    "Découvrir un métier ou un secteur d'activité",
  );
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Enregistrer le stage" }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole("article", { name: `Propreté Garonne ${suffix}` });
  await expect(card.getByText("En préparation")).toBeVisible();
  await expect(card.getByText("K2204 — Nettoyage de locaux", { exact: false })).toBeVisible();

  // 2. Sent for signature: four links leave by e-mail.
  await card.getByRole("button", { name: "Envoyer pour signature" }).click();
  const sending = page.getByRole("dialog", { name: "Envoyer la convention pour signature" });
  await sending.getByRole("button", { name: "Envoyer pour signature" }).click();
  await expect(sending).toBeHidden();
  await expect(card.getByText("En attente de signatures")).toBeVisible();
  await expect(card.getByText("Signatures : 0 sur 4")).toBeVisible();
  await expectAccessible(page);
  const { items } = await apiGet<{
    items: { signatures: { party: string; signerName: string; signerEmail: string }[] }[];
  }>(page, `/pathways/${pathwayId}/internships`);
  const signers = items[0]?.signatures ?? [];
  expect(signers.map((signer) => signer.party)).toEqual([
    "trainee",
    "company",
    "training_organisation",
    "referent",
  ]);
  const links = await outboxLinks(
    browser,
    signers.map((signer) => signer.signerEmail),
    "à signer",
  );

  // 3. Each signs from their own link, without an account; the trainee on a phone.
  for (const [index, signer] of signers.entries()) {
    await signAs(browser, links.get(signer.signerEmail) as string, signer.signerName, {
      phone: signer.party === "trainee",
      axe: index === 0,
    });
  }

  // 4. The staff sees the agreement signed by all four.
  await page.reload();
  await expect(card.getByText("Convention signée")).toBeVisible();
  await expect(card.getByText("Signatures : 4 sur 4")).toBeVisible();
  await expect(card.getByText("Ne peut pas commencer : convention non signée")).toBeHidden();

  // 5. The trainee, given access to their space, reads on their phone that the agreement is signed.
  await apiSend(page, "POST", `/pathways/${pathwayId}/trainee-access`, {});
  const signInLink = (await outboxLinks(browser, [trainee.email], "Votre espace Amorce est ouvert")).get(
    trainee.email,
  );
  const phone = await freshContext(browser, true);
  const traineePage = await phone.newPage();
  await traineePage.goto(signInLink as string);
  const mine = traineePage.getByRole("region", { name: "Mes stages" });
  await expect(mine).toContainText(`Propreté Garonne ${suffix}, Bègles`);
  await expect(mine).toContainText("Votre convention est signée.");
  await expect(mine.getByRole("link", { name: "Lire ma convention de stage" })).toBeVisible();
  await expectAccessible(traineePage);
  await phone.close();

  // 6. The staff asks the tutor's assessment; the tutor gives it from their link; the internship is over.
  await card.getByRole("button", { name: "Demander l'avis du tuteur" }).click();
  await expect(card.getByText(/Avis du tuteur demandé le/)).toBeVisible();
  const assessmentLink = (await outboxLinks(browser, [tutor.email], "Votre avis sur le stage")).get(
    tutor.email,
  );
  const tutorContext = await freshContext(browser, false);
  const tutorPage = await tutorContext.newPage();
  await tutorPage.goto(assessmentLink as string);
  await expect(tutorPage.getByRole("heading", { name: "Votre avis sur le stage" })).toBeVisible();
  for (const criterion of [
    "Ponctualité et assiduité",
    "Comportement, savoir-être",
    "Intérêt pour le métier",
    "Savoir-faire découverts",
  ]) {
    await tutorPage
      .getByRole("radiogroup", { name: criterion })
      .getByRole("radio", { name: "Bien", exact: true })
      .check();
  }
  await tutorPage.getByRole("textbox", { name: "Heures réellement faites" }).fill("26,5");
  await tutorPage
    .getByRole("radiogroup", { name: "Ce stage a-t-il débouché sur une proposition d'emploi ?" })
    .getByRole("radio", { name: "Oui" })
    .check();
  await expectAccessible(tutorPage);
  await tutorPage.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(tutorPage.getByText("Votre avis est enregistré.")).toBeVisible();
  await tutorContext.close();
  await page.reload();
  await expect(card.getByText("Terminé", { exact: true })).toBeVisible();
  await expect(card.getByText("Proposition d'emploi : oui")).toBeVisible();
});
