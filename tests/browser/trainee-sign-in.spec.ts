import { expect, type Page, test } from "@playwright/test";
import { SKILL_DOMAIN_LABELS, SKILL_DOMAINS } from "../../src/domains/skills/skill-domains";
import { anonymousPage, linkFromOutbox, pageSignedInAs } from "./account-flows";
import { enteredTrainee } from "./pathway-steps";
import { expectAccessible } from "./support";

/**
 * A trainee's way in without a password: the site's staff assesses their skills at entry and opens their
 * space; on their phone, the trainee asks for a sign-in link, opens it from the e-mail and lands in their
 * space, where their skills are told in plain words. The link then stops working.
 */

test.describe.configure({ timeout: 120_000 });

const LINK_SUBJECT = "Votre lien de connexion à Amorce";

async function assessEntry(page: Page) {
  await page.getByRole("tab", { name: "Compétences" }).click();
  const form = page.getByRole("form", { name: "Évaluation à l'entrée" });
  for (const domain of SKILL_DOMAINS) {
    const level = domain === "teamwork" ? "2 — En cours d'acquisition" : "3 — Acquis";
    await form
      .getByRole("radiogroup", { name: SKILL_DOMAIN_LABELS[domain] })
      .getByRole("radio", { name: level })
      .check();
  }
  await form.getByRole("button", { name: "Enregistrer l'évaluation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "évaluation enregistrée" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`^${SKILL_DOMAIN_LABELS.teamwork}`) });
  await expect(row).toContainText("2 sur 4 (En cours d'acquisition)");
  await expect(row).toContainText("non évalué");
  await expectAccessible(page);
}

test("staff opens a trainee's space; the trainee signs in on their phone with an e-mailed link @téléphone", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const email = `ines.${suffix}@exemple.test`;
  const { pathwayId } = await enteredTrainee(page, { firstName: "Inès", lastName: `Lien-${suffix}`, email });

  // The site's staff assesses the skills at entry, then gives access from the « Résumé » tab.
  await page.goto(`/parcours/${pathwayId}`);
  await assessEntry(page);
  await page.getByRole("tab", { name: "Résumé" }).click();
  await page.getByRole("button", { name: "Donner accès à son espace" }).click();
  await expect(page.getByRole("status")).toContainText(`vient d'être envoyé à ${email}`);
  await expect(page.getByText(/^Accès ouvert le .* — pas encore de connexion\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Renvoyer un lien de connexion" })).toBeVisible();
  await expectAccessible(page);
  await page.context().clearCookies();

  // On the phone: the trainee asks for a link from the sign-in page.
  await page.goto("/connexion");
  await page
    .getByRole("button", { name: "Vous êtes stagiaire ? Recevez un lien de connexion par e-mail" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Vous êtes stagiaire ?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Votre adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Si un espace existe pour cette adresse, un e-mail vient de vous être envoyé",
  );
  await expectAccessible(page);

  // The e-mail, as the Region's administrator reads it in the outbox.
  const admin = await pageSignedInAs(browser, "region_admin");
  const link = await linkFromOutbox(admin, email, LINK_SUBJECT);
  expect(link).toMatch(/^\/connexion-par-lien\?jeton=/);
  await admin.context().close();

  // The link opens the trainee's space, with their progress in plain words.
  await page.goto(link);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  const progress = page.getByRole("region", { name: "Mes progrès" });
  await expect(progress).toContainText("Travailler en équipe : en cours d'acquisition à votre entrée.");
  // Their own documents: this month's attendance statement, as a PDF.
  const statement = page
    .getByRole("region", { name: "Mes documents" })
    .getByRole("link", { name: /^Relevé d'heures d(e |')\S+ \d{4} \(PDF\)$/ });
  await expect(statement).toHaveCount(1);
  const pdf = await page.request.get((await statement.getAttribute("href")) as string);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessible(page);

  // Used once, the link is refused, with a way to ask for a new one.
  const again = await anonymousPage(browser);
  await again.goto(link);
  await expect(again.getByRole("alert")).toContainText("Ce lien de connexion a déjà servi.");
  await expect(again.getByRole("link", { name: "Recevoir un nouveau lien de connexion" })).toBeVisible();
  await expectAccessible(again);
  await again.context().close();
});
