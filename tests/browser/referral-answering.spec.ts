import { expect, type Page, test } from "@playwright/test";
import { firstOf01Site, makeRoom } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { apiGet, listOf, type Named } from "./territory-steps";

/**
 * A training organisation answers a prescription along its whole life (taken in charge, interview,
 * acceptance on a chosen day, entry), each step in the history the prescriber follows too.
 */

type ApiSite = Named & { active: boolean; capacity: number; organisation: Named };

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" });
const SHORT_DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short" });

/** A Paris calendar day `days` from today, `YYYY-MM-DD`, and how the pages write it. */
function day(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  return { iso: PARIS_DAY.format(date), long: LONG_DATE.format(date), short: SHORT_DATE.format(date) };
}

/** The next Saturday after today: entries are rolling, any day of the week. */
function nextSaturday() {
  const weekday = new Date(`${day(0).iso}T12:00:00Z`).getUTCDay();
  return day((6 - weekday) % 7 || 7);
}

let serial = 0;

/** As the signed-in prescriber advisor, prescribes a new person to an open site of OF01 (the demo's training organisation). */
async function prescribe(page: Page) {
  serial += 1;
  const person = { firstName: "Léa", lastName: `Suivi-${Date.now().toString(36)}${serial}` };
  const site = firstOf01Site(await listOf<ApiSite>(page, "sites"));
  const { csrfToken } = await apiGet<{ csrfToken: string | null }>(page, "/auth/session");
  const response = await page.request.post("/api/referrals", {
    headers: { "X-CSRF-Token": csrfToken ?? "" },
    data: {
      person: {
        ...person,
        birthDate: "1994-05-02",
        email: null,
        phone: "06 12 34 56 78",
        communeCode: "33063",
      },
      siteId: site.id,
      motivation: "Reprendre confiance.\nBesoin d'un cadre avant une formation.",
      knownBarriers: ["mobility"],
      availability: "Pas le mercredi.",
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { id, site, name: `${person.firstName} ${person.lastName}` };
}

/** Forgets the session (a toast may still cover the sign-out button) before the next person signs in. */
const switchUser = (page: Page) => page.context().clearCookies();

const history = (page: Page) =>
  page
    .getByRole("list", { name: "Historique de la demande, du plus ancien au plus récent" })
    .getByRole("listitem");
const status = (page: Page, label: string) =>
  expect(page.getByText("Statut :").locator("..")).toContainText(label);
const dialog = (page: Page, name: string) => page.getByRole("dialog", { name });

test("a training organisation takes a prescription from its inbox to the entry, and the prescriber follows it", async ({
  page,
}) => {
  test.slow(); // the whole life of a referral, three sign-ins and four accessibility checks
  await makeRoom(page); // the site may be full of the other browser tests' trainees
  await signIn(page, "prescriber_advisor");
  const referral = await prescribe(page);
  await switchUser(page);

  // The site's inbox, from the menu.
  await signIn(page, "training_staff");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Prescriptions" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Demandes reçues" })).toBeVisible();
  const siteField = page.getByRole("combobox", { name: "Site", exact: true });
  await siteField.click();
  await page.getByRole("option", { name: `${referral.site.name} (${referral.site.code})` }).click();
  await expect(page.getByText(/places? libres? sur|Le site est complet/)).toBeVisible();
  await expect(page.getByRole("tab", { name: /À répartir/ })).toBeVisible();
  const link = page.getByRole("link", { name: referral.name });
  await expect(link).toBeVisible();
  await expectAccessible(page);

  // The referral: the person, the request, its first history row.
  await link.click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Prescription : ${referral.name}` }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "La personne" })).toContainText("06 12 34 56 78");
  await expect(page.getByRole("region", { name: "La demande" })).toContainText("Mobilité");
  await status(page, "Envoyée");
  await expect(history(page)).toHaveCount(1);
  await expectAccessible(page);

  // Taken in charge, at once.
  await page.getByRole("button", { name: "Prendre en charge" }).click();
  await status(page, "En cours d'examen");

  // Invited to an admission interview: date, time (Paris) and place.
  const interview = day(3);
  await page.getByRole("button", { name: "Inviter en entretien de positionnement" }).click();
  const invitation = dialog(page, "Inviter en entretien de positionnement");
  await invitation.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(invitation.getByText("Indiquez la date et l'heure.")).toBeVisible();
  await invitation.getByLabel("Date et heure").fill(`${interview.iso}T14:30`);
  await invitation.getByRole("textbox", { name: "Lieu" }).fill("Salle 2, 12 rue des Écoles");
  await expectAccessible(page);
  await invitation.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(invitation).toBeHidden();
  await status(page, "Invitée en entretien de positionnement");

  // Accepted with an entry planned on a Saturday.
  const saturday = nextSaturday();
  await page.getByRole("button", { name: "Accepter", exact: true }).click();
  const acceptance = dialog(page, "Accepter");
  await acceptance.getByLabel("Date d'entrée prévue").fill(saturday.iso);
  await acceptance.getByRole("button", { name: "Accepter", exact: true }).click();
  await expect(acceptance).toBeHidden();
  await status(page, "Acceptée");

  // The entry is confirmed on the day it happens: today, the planned Saturday being still to come.
  const today = day(0);
  await page.getByRole("button", { name: "Confirmer l'entrée" }).click();
  const entry = dialog(page, "Confirmer l'entrée");
  await expect(entry.getByLabel("Date d'entrée")).toHaveValue(
    saturday.iso === today.iso ? saturday.iso : today.iso,
  );
  await entry.getByLabel("Situation 12 mois avant l'entrée").selectOption({ label: "Recherche d'emploi" });
  await expectAccessible(page);
  await entry.getByRole("button", { name: "Confirmer l'entrée" }).click();
  await expect(entry).toBeHidden();
  await status(page, "Entrée en parcours");
  await expect(page.getByRole("region", { name: "Actions" })).toHaveCount(0);

  const steps = [
    ["Demande envoyée"],
    ["Envoyée", "En cours d'examen"],
    [
      "En cours d'examen",
      "Invitée en entretien de positionnement",
      `Rendez-vous le ${interview.short} 14:30, Salle 2, 12 rue des Écoles`,
    ],
    ["Invitée en entretien de positionnement", "Acceptée", `Entrée prévue le ${saturday.long}`],
    ["Acceptée", "Entrée en parcours", `Entrée le ${today.long}`],
  ];
  await expect(history(page)).toHaveCount(steps.length);
  for (const [index, parts] of steps.entries()) {
    const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    await expect(history(page).nth(index)).toHaveText(new RegExp(pattern));
  }
  await expect(history(page).nth(1)).toContainText("Inès Formatrice");
  await switchUser(page);

  // The prescriber follows the same history, with nothing left to do.
  await signIn(page, "prescriber_advisor");
  await page.goto("/prescriptions");
  await expect(page.getByRole("heading", { level: 1, name: "Mes prescriptions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nouvelle prescription" }).first()).toBeVisible();
  await page.getByRole("searchbox", { name: "Nom ou prénom" }).fill(referral.name.split(" ")[1] ?? "");
  await page.getByRole("link", { name: referral.name }).click();
  await expect(history(page)).toHaveCount(steps.length);
  await expect(history(page).nth(4)).toContainText(`Entrée le ${today.long}`);
  await expectAccessible(page);
});

test("on a phone, a site reads a prescription and refuses it with a reason it shares @téléphone", async ({
  page,
}) => {
  await signIn(page, "prescriber_advisor");
  const referral = await prescribe(page);
  await switchUser(page);

  await signIn(page, "training_staff");
  await page.goto(`/prescriptions/${referral.id}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Prescription : ${referral.name}` }),
  ).toBeVisible();
  await expect(page.getByText("Reprendre confiance.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Refuser", exact: true }).click();
  const refusal = dialog(page, "Refuser");
  const share = refusal.getByRole("checkbox", { name: "Communiquer le motif au prescripteur" });
  await expect(share).toBeDisabled();
  await refusal.getByRole("combobox", { name: "Motif du refus" }).click();
  await page
    .getByRole("option", { name: "Situation de santé ou personnelle incompatible à ce jour" })
    .click();
  await expect(share).toBeDisabled();
  await refusal.getByRole("combobox", { name: "Motif du refus" }).click();
  await page.getByRole("option", { name: "Personne injoignable" }).click();
  await expect(share).toBeEnabled();
  await share.check();
  await expectAccessible(page);
  await refusal.getByRole("button", { name: "Refuser la demande" }).click();
  await expect(refusal).toBeHidden();
  await status(page, "Refusée");
  await expect(history(page).last()).toContainText("Motif : Personne injoignable");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
});

test("the Region reads every referral, by site, without acting on them", async ({ page }) => {
  await signIn(page, "prescriber_advisor");
  const referral = await prescribe(page);
  await switchUser(page);

  await signIn(page, "region_admin");
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Prescriptions" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Prescriptions" })).toBeVisible();
  const siteField = page.getByRole("combobox", { name: "Site", exact: true });
  await siteField.click();
  await siteField.fill(referral.site.code);
  await page.getByRole("option", { name: new RegExp(`\\(${referral.site.code}\\)`) }).click();
  await expect(page.getByRole("region", { name: "Prescriptions du site choisi" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: referral.name }).click();
  await expect(history(page)).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Actions" })).toHaveCount(0);
});
