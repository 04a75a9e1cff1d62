import { expect, type Locator, type Page, test } from "@playwright/test";
import { SELF_CHECK_QUESTIONS } from "../../src/domains/public-offer/self-check";
import { expectAccessible, signIn } from "./support";
import { apiGet } from "./territory-steps";

/**
 * The public side, without an account and on a phone: discovering the programme, « Est-ce pour moi ? »,
 * the nearest sites, and the self-referral form opened on the chosen site (sending it is the
 * self-referral flow's test). Then a training organisation edits its site's public offer.
 */

/** « À 12,3 km » → 12.3; « Dans cette commune » → 0. */
async function distancesOf(results: Locator): Promise<number[]> {
  const texts = await results.getByText(/^(À [\d,]+ km|Dans cette commune) — /).allTextContents();
  return texts.map((text) => {
    const km = /À ([\d,]+) km/.exec(text)?.[1];
    return km ? Number(km.replace(",", ".")) : 0;
  });
}

async function searchCommune(page: Page, typed: string, choice: string) {
  await page.getByRole("textbox", { name: "Votre commune ou votre code postal" }).fill(typed);
  await page.getByRole("button", { name: choice }).click();
}

test("a visitor discovers the programme, checks it fits, finds the nearest sites and opens the form @téléphone", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/decouvrir$/);
  await expect(page.getByRole("heading", { level: 1, name: "Découvrir Amorce de Parcours" })).toBeVisible();
  await expect(page.getByText("Rien : le parcours est gratuit pour vous.")).toBeVisible();
  await expectAccessible(page);

  // « Est-ce pour moi ? »: a job seeker without a project, free in the day.
  const answers = ["Oui", "Non", "Non", "Non", "Oui"];
  for (const [index, question] of SELF_CHECK_QUESTIONS.entries()) {
    await page
      .getByRole("radiogroup", { name: question.text })
      .getByRole("radio", { name: answers[index] })
      .check();
  }
  await expect(
    page.getByRole("heading", { level: 3, name: "Amorce de Parcours semble fait pour vous" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("radiogroup", { name: SELF_CHECK_QUESTIONS[3].text })
    .getByRole("radio", { name: "Oui" })
    .check();
  await expect(page.getByRole("heading", { level: 3, name: "Parlez-en à un conseiller" })).toBeVisible();

  await page.getByRole("link", { name: "Trouver un site près de chez moi" }).first().click();
  await expect(page).toHaveURL(/\/trouver-un-site$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Trouver un site près de chez moi" }),
  ).toBeVisible();
  await searchCommune(page, "Périgu", "Périgueux (24000)");
  await expect(page).toHaveURL(/commune=24322/);
  const results = page.getByRole("region", { name: "Les sites les plus proches de Périgueux" });
  await expect(results.getByRole("article")).toHaveCount(10);
  const distances = await distancesOf(results);
  expect(distances).toHaveLength(10);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  await expect(results.getByText(/places? libres?|Complet pour le moment/).first()).toBeVisible();
  await expectAccessible(page);

  // A postal code several communes share: searched from the most populous one, and said so.
  await page.getByRole("textbox", { name: "Votre commune ou votre code postal" }).fill("24750");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page.getByText("Le code postal 24750 couvre 5 communes")).toBeVisible();
  const nearBoulazac = page.getByRole("region", {
    name: "Les sites les plus proches de Boulazac Isle Manoire",
  });
  await expect(nearBoulazac.getByRole("article")).toHaveCount(10);

  const first = nearBoulazac.getByRole("article").first();
  const siteName = (await first.getByRole("heading").textContent()) ?? "";
  await first.getByRole("link", { name: "Je me positionne sur ce site" }).click();
  await expect(page).toHaveURL(/\/candidater\?site=[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Envoyer ma demande" })).toBeVisible();
  await expect(page.getByRole("radio", { name: new RegExp(`^${siteName}`) })).toBeChecked();
  await expect(
    page.getByRole("radio", { name: "Le site le plus proche de chez moi qui a de la place" }),
  ).not.toBeChecked();
  for (const label of ["Nom", "Prénom", "Date de naissance"]) {
    await expect(
      page.getByRole("textbox", { name: label, exact: true }).or(page.getByLabel(label, { exact: true })),
    ).toBeVisible();
  }
  await expect(page.getByRole("checkbox", { name: /J'accepte que mes informations/ })).not.toBeChecked();
  await expect(
    page.getByText("Si vous n'entrez pas dans le parcours, elles sont effacées au bout de 2 ans."),
  ).toBeVisible();

  // The robots' field is out of sight, out of reach and out of the accessibility tree.
  const honeypot = page.locator("#website");
  await expect(honeypot).toHaveAttribute("tabindex", "-1");
  await expect(honeypot).toHaveAttribute("autocomplete", "off");
  await expect(honeypot).not.toBeInViewport();
  await expect(page.getByRole("textbox", { name: /Ne pas remplir/ })).toHaveCount(0);

  const hopes = page.getByRole("textbox", { name: "Ce que vous attendez du parcours" });
  await hopes.fill("Trouver un métier.");
  await expect(page.getByText("18 / 2 000 caractères.")).toBeVisible();
  await page.getByRole("textbox", { name: "Votre commune" }).fill("Trélis");
  await page.getByRole("button", { name: "Trélissac (24750)" }).click();
  await expect(page.getByText("Votre commune : Trélissac (24750)")).toBeVisible();
  await expectAccessible(page);

  // Nothing leaves while something required is missing: the person is told, and taken to the first field.
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("alert")).toContainText("champs sont à compléter ou à corriger");
  await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toBeFocused();
});

test("the public pages and the professionals' sign-in lead to each other @téléphone", async ({ page }) => {
  await page.goto("/decouvrir");
  await page.getByRole("link", { name: "Espace professionnel" }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await page
    .getByRole("link", { name: "Vous cherchez une formation ? Découvrir Amorce de Parcours" })
    .click();
  await expect(page).toHaveURL(/\/decouvrir$/);
});

test("a training organisation edits its site's public offer, which the public then sees", async ({
  page,
}) => {
  await signIn(page, "training_manager");
  const { items } = await apiGet<{ items: { id: string; name: string }[] }>(page, "/sites?mine=true");
  const offers = await Promise.all(
    items.map(async (site) => ({
      site,
      offer: await apiGet<{ mayManage: boolean }>(page, `/sites/${site.id}/offer`),
    })),
  );
  const own = offers.find((entry) => entry.offer.mayManage)?.site;
  const all = await apiGet<{ items: { id: string }[] }>(page, "/sites");
  const ownIds = new Set(offers.filter((entry) => entry.offer.mayManage).map((entry) => entry.site.id));
  const others = all.items.find((site) => !ownIds.has(site.id));
  if (!own || !others) throw new Error("the demo training organisation should run some sites, not all");

  await page.goto(`/territoire/sites/${others.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Offre publique" })).toHaveCount(0);

  await page.goto(`/territoire/sites/${own.id}`);
  const section = page.getByRole("region", { name: "Offre publique" });
  await expect(section).toBeVisible();
  await section
    .getByRole("textbox", { name: "Accès et accessibilité" })
    .fill("Plain-pied.\nBus ligne 2, arrêt Mairie.");
  await section.getByRole("textbox", { name: "Téléphone de contact" }).fill("05 53 12 34 56");
  await section.getByRole("textbox", { name: "E-mail de contact" }).fill("accueil@site.test");
  await section.getByRole("button", { name: "Enregistrer l'offre publique" }).click();
  await expect(page.getByText("L'offre publique du site est à jour.")).toBeVisible();

  await section.getByLabel("Date et heure").fill("2030-03-12T09:30");
  await section.getByRole("textbox", { name: "Lieu" }).fill("Salle Jean-Moulin");
  await section.getByRole("button", { name: "Annoncer l'information collective" }).click();
  await expect(section.getByText(/12\/03\/2030 09:30 — Salle Jean-Moulin/)).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/candidater?site=${own.id}`);
  await expect(page.getByRole("radio", { name: new RegExp(`^${own.name}`) })).toBeChecked();
  const seen = await apiGet<{ contactPhone: string; informationSessions: { place: string }[] }>(
    page,
    `/public/sites/${own.id}`,
  );
  expect(seen.contactPhone).toBe("05 53 12 34 56");
  expect(seen.informationSessions.map((session) => session.place)).toContain("Salle Jean-Moulin");

  await page.goto(`/territoire/sites/${own.id}`);
  await page.getByRole("button", { name: /Annuler l'information collective du 12\/03\/2030 09:30/ }).click();
  await expect(page.getByText(/Salle Jean-Moulin/)).toHaveCount(0);
});
