import { expect, type Page, test } from "@playwright/test";
import { CURRENT_SITUATION_LABELS } from "../../src/domains/referrals/referral-vocabulary";
import { makeRoom } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { choose } from "./territory-steps";

/**
 * Issue 3's whole way in: a member of the public finds the nearest site and applies; a prescriber refers
 * another person to the same site; the site answers both, holds the interview, admits one on a chosen
 * weekday and, now full, puts the other on its waiting list; the prescriber reads the history; every
 * e-mail waits in the outbox.
 */

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

/** The next Wednesday after today, `YYYY-MM-DD`: entries are rolling, on any day of the week. */
function nextWednesday(): string {
  const today = new Date(`${PARIS_DAY.format(new Date())}T12:00:00Z`);
  const days = (3 - today.getUTCDay() + 7) % 7 || 7;
  return PARIS_DAY.format(new Date(today.getTime() + days * 86_400_000));
}

const switchUser = (page: Page) => page.context().clearCookies();
const status = (page: Page, label: string) =>
  expect(page.getByText("Statut :").locator("..")).toContainText(label);
const historyItems = (page: Page) =>
  page
    .getByRole("list", { name: "Historique de la demande, du plus ancien au plus récent" })
    .getByRole("listitem");

test("the whole way in, from the public site finder and a prescription to entry and the waiting list", async ({
  page,
}) => {
  test.slow(); // five people's sessions, two referrals through their lives, axe on every new page
  const site = await makeRoom(page, { exactlyOne: true }); // the next admission fills the site
  const suffix = Date.now().toString(36);
  const applicant = {
    firstName: "Samia",
    lastName: `Autonome-${suffix}`,
    email: `samia.${suffix}@exemple.test`,
  };
  const referred = {
    firstName: "Louis",
    lastName: `Oriente-${suffix}`,
    email: `louis.${suffix}@exemple.test`,
  };

  // 1. A member of the public, without an account, finds the nearest site and applies.
  await page.goto("/");
  await expect(page).toHaveURL(/\/decouvrir$/);
  await page.getByRole("link", { name: "Trouver un site près de chez moi" }).first().click();
  await page.getByRole("textbox", { name: "Votre commune ou votre code postal" }).fill(site.commune.name);
  await page
    .getByRole("button", { name: new RegExp(`^${site.commune.name} \\(`) })
    .first()
    .click();
  const results = page.getByRole("region", { name: `Les sites les plus proches de ${site.commune.name}` });
  const card = results.getByRole("article").filter({ has: page.getByRole("heading", { name: site.name }) });
  await expect(card).toContainText("1 place libre");
  await expectAccessible(page);
  await card.getByRole("link", { name: "Je me positionne sur ce site" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Envoyer ma demande" })).toBeVisible();
  await expect(page.getByRole("radio", { name: new RegExp(`^${site.name}`) })).toBeChecked();
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(applicant.lastName);
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(applicant.firstName);
  await page.getByLabel("Date de naissance").fill("1993-09-08");
  await page.getByRole("textbox", { name: /^Adresse e-mail/ }).fill(applicant.email);
  await page.getByRole("textbox", { name: "Votre commune" }).fill(site.commune.name);
  await page
    .getByRole("button", { name: new RegExp(`^${site.commune.name} \\(`) })
    .first()
    .click();
  await page.getByRole("radio", { name: CURRENT_SITUATION_LABELS.job_seeker_not_registered }).check();
  await page
    .getByRole("textbox", { name: "Ce que vous attendez du parcours" })
    .fill("<b>Reprendre pied</b> et trouver un métier.");
  await page.getByRole("checkbox", { name: /J'accepte que mes informations/ }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre demande est envoyée" })).toBeVisible();
  await expect(page.getByText(/^AUTO-[0-9A-F]{8}$/)).toBeVisible();
  await expect(page.getByText(`Votre demande est arrivée au site ${site.name}`)).toBeVisible();

  // 2. A prescriber refers another person to the same site.
  await signIn(page, "prescriber_advisor");
  await page.goto("/prescriptions/nouvelle");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(referred.lastName);
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(referred.firstName);
  await page.getByLabel("Date de naissance").fill("1990-02-17");
  await page.getByRole("button", { name: "Vérifier", exact: true }).click();
  await expect(page.getByText("Personne inconnue d'Amorce")).toBeVisible();
  await page.getByRole("textbox", { name: "Adresse e-mail" }).fill(referred.email);
  await page.getByRole("button", { name: "Continuer", exact: true }).click();
  await choose(page, "Commune de résidence", site.commune.name, new RegExp(`^${site.commune.name} \\(`));
  await page.getByRole("button", { name: "Continuer", exact: true }).click();
  await choose(page, "Site", site.name, new RegExp(`^${site.name} — `));
  await page.getByRole("button", { name: "Continuer", exact: true }).click();
  await page
    .getByRole("textbox", { name: "Motifs de la prescription" })
    .fill("Besoin d'un cadre pour construire un projet.");
  await page.getByRole("button", { name: "Continuer", exact: true }).click();
  await page.getByRole("button", { name: "Envoyer la prescription", exact: true }).click();
  await expect(page).toHaveURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  const prescriptionPath = new URL(page.url()).pathname;
  await switchUser(page);

  // 3. The site's inbox holds both.
  await signIn(page, "training_staff");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Prescriptions" })
    .click();
  const siteField = page.getByRole("combobox", { name: "Site", exact: true });
  await siteField.click();
  await page.getByRole("option", { name: `${site.name} (${site.code})` }).click();
  await expect(page.getByText("1 place libre sur")).toBeVisible();
  await expect(
    page.getByRole("link", { name: `${applicant.firstName} ${applicant.lastName}` }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: `${referred.firstName} ${referred.lastName}` })).toBeVisible();
  await expectAccessible(page);

  // The prescription: taken in charge, interview, accepted for a Wednesday, entry confirmed.
  await page.getByRole("link", { name: `${referred.firstName} ${referred.lastName}` }).click();
  await page.getByRole("button", { name: "Prendre en charge" }).click();
  await status(page, "En cours d'examen");
  await page.getByRole("button", { name: "Inviter en entretien de positionnement" }).click();
  const interview = page.getByRole("dialog", { name: "Inviter en entretien de positionnement" });
  await interview.getByLabel("Date et heure").fill(`${nextWednesday()}T10:00`);
  await interview.getByRole("textbox", { name: "Lieu" }).fill("Bureau 3, au site");
  await interview.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await status(page, "Invitée en entretien de positionnement");
  const wednesday = nextWednesday();
  await page.getByRole("button", { name: "Accepter", exact: true }).click();
  const acceptance = page.getByRole("dialog", { name: "Accepter" });
  await acceptance.getByLabel("Date d'entrée prévue").fill(wednesday);
  await acceptance.getByRole("button", { name: "Accepter", exact: true }).click();
  await status(page, "Acceptée");
  await page.getByRole("button", { name: "Confirmer l'entrée" }).click();
  const entry = page.getByRole("dialog", { name: "Confirmer l'entrée" });
  await entry.getByRole("button", { name: "Confirmer l'entrée" }).click();
  await status(page, "Entrée en parcours");

  // The self-referral: taken in charge, information session, then the site is full: waiting list.
  await page.goBack();
  await page.goto("/prescriptions");
  await siteField.click();
  await page.getByRole("option", { name: `${site.name} (${site.code})` }).click();
  await expect(page.getByText(/Le site est complet/)).toBeVisible();
  await page.getByRole("link", { name: `${applicant.firstName} ${applicant.lastName}` }).click();
  await expect(page.getByRole("region", { name: "La demande" })).toContainText("<b>Reprendre pied</b>");
  await page.getByRole("button", { name: "Prendre en charge" }).click();
  await page.getByRole("button", { name: "Inviter en information collective" }).click();
  const session = page.getByRole("dialog", { name: "Inviter en information collective" });
  await session.getByLabel("Date et heure").fill(`${nextWednesday()}T14:00`);
  await session.getByRole("textbox", { name: "Lieu" }).fill("Grande salle");
  await session.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await status(page, "Invitée en information collective");
  await page.getByRole("button", { name: "Accepter", exact: true }).click();
  const full = page.getByRole("dialog", { name: "Accepter" });
  await full.getByLabel("Date d'entrée prévue").fill(wednesday);
  await full.getByRole("button", { name: "Accepter", exact: true }).click();
  await expect(full.getByText(/Le site est complet/)).toBeVisible();
  await full.getByRole("button", { name: "Mettre sur liste d'attente" }).click();
  await status(page, "Sur liste d'attente");
  await expectAccessible(page);
  await switchUser(page);

  // 4. The prescriber follows the whole history of their prescription.
  await signIn(page, "prescriber_advisor");
  await page.goto(prescriptionPath);
  await status(page, "Entrée en parcours");
  await expect(historyItems(page)).toHaveCount(5);
  await expect(historyItems(page).nth(2)).toContainText("Bureau 3, au site");
  await expect(historyItems(page).nth(4)).toContainText("Entrée en parcours");
  await expectAccessible(page);
  await switchUser(page);

  // 5. Every e-mail is in the outbox: receipt, invitations, acceptance, waiting list.
  await signIn(page, "region_admin");
  await page.goto("/courriels");
  for (const [to, subject] of [
    [applicant.email, "Votre demande pour Amorce de Parcours est bien arrivée"],
    [applicant.email, "Amorce de Parcours : vous êtes invité·e"],
    [applicant.email, "Amorce de Parcours : vous êtes sur la liste d'attente"],
    [referred.email, "Amorce de Parcours : vous êtes invité·e"],
    [referred.email, "Amorce de Parcours : vous êtes accepté·e"],
  ] as const) {
    await expect(
      page
        .getByRole("button")
        .filter({ hasText: subject })
        .filter({ hasText: `À ${to}` }),
      `${subject} → ${to}`,
    ).toHaveCount(1);
  }
});
