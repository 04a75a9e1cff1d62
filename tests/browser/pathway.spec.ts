import { expect, test } from "@playwright/test";
import { choose } from "./account-flows";
import { freshContext, outboxLinks, signAs } from "./link-steps";
import { enteredTrainee, parisDay, uniqueSiret } from "./pathway-steps";
import { addPlanItem, planCheck } from "./plan-steps";
import { expectAccessible } from "./support";
import { apiGet, apiSend } from "./territory-steps";

/**
 * Issue 4's whole pathway for one trainee: the site's staff builds a full plan with the rules checked
 * live, enrols the trainee in the coming sessions, marks yesterday's session on a phone-sized screen,
 * sends an internship agreement through its four signatures, gives the trainee access; the trainee reads
 * their space on a phone.
 */
test("a trainee's pathway: plan, sessions, attendance on a phone, an agreement signed four times, the trainee's space", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const trainee = { firstName: "Jade", lastName: `Parcours-${suffix}`, email: `jade.${suffix}@exemple.test` };
  const { pathwayId, site } = await enteredTrainee(page, trainee);

  // 1. The plan: three modules and three internships, valid by the programme's rules, saved.
  await page.goto(`/parcours/${pathwayId}?onglet=plan`);
  await page
    .getByLabel("Objectifs")
    .fill("Découvrir la logistique et la propreté, puis choisir une formation.");
  await page.getByLabel("Fin prévue").fill(parisDay(102));
  for (const hours of ["70", "80", "90"]) await addPlanItem(page, "module", { hours });
  for (const [start, end] of [
    [28, 39],
    [56, 67],
    [84, 95],
  ]) {
    await addPlanItem(page, "internship", { hours: "70", start: parisDay(start), end: parisDay(end) });
  }
  await expect(planCheck(page).getByText("Le plan respecte les règles du programme")).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(page.getByText("Plan enregistré : version 1")).toBeVisible();

  // 2. Enrolled in every coming session of the module of the moment.
  await page.getByRole("tab", { name: "Assiduité" }).click();
  const attendance = page.getByRole("tabpanel", { name: "Assiduité" });
  await choose(page, attendance.getByRole("combobox", { name: "Module" }), "Projection professionnelle");
  await attendance.getByRole("button", { name: "Inscrire à toutes les séances à venir du module" }).click();
  await expect(page.getByText(/^[1-9]\d* séances? de Projection professionnelle/)).toBeVisible();

  // 3. Yesterday's session, marked on a phone-sized screen.
  const { id: sessionId } = await apiSend<{ id: string }>(page, "POST", `/sites/${site.id}/sessions`, {
    module: "projection",
    title: `Retour d'expérience ${suffix}`,
    capacity: 12,
    date: parisDay(-1),
    startTime: "09:00",
    endTime: "12:00",
  });
  await apiSend(page, "PUT", `/sessions/${sessionId}/enrolments`, { add: [pathwayId] });
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto(`/seances/${sessionId}/emargement`);
  const row = page.getByRole("group", { name: `Jade ${trainee.lastName}` });
  await row.getByRole("button", { name: "Présent·e" }).click();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Émargement enregistré." })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // 4. An internship agreement, sent for signature and signed by its four parties from their links.
  const company = await apiSend<{ id: string }>(page, "POST", "/host-companies", {
    siret: uniqueSiret(),
    name: `Logistique Jade ${suffix}`,
    address: "4 quai des Chartrons",
    postalCode: "33000",
    city: "Bordeaux",
    sector: "Entreposage et logistique",
  });
  await apiSend(page, "POST", `/pathways/${pathwayId}/internships`, {
    hostCompanyId: company.id,
    tutorName: "Samir Haddad",
    tutorEmail: `samir.${suffix}@exemple.test`,
    startDate: parisDay(28),
    endDate: parisDay(39),
    dailySchedule: "Du lundi au vendredi, 8 h – 12 h et 13 h – 16 h",
    hours: 70,
    romeCode: "N1103",
    objective: "discover_job",
  });
  await page.goto(`/parcours/${pathwayId}?onglet=stages`);
  const card = page.getByRole("article", { name: `Logistique Jade ${suffix}` });
  await card.getByRole("button", { name: "Envoyer pour signature" }).click();
  const sending = page.getByRole("dialog", { name: "Envoyer la convention pour signature" });
  await sending.getByRole("button", { name: "Envoyer pour signature" }).click();
  await expect(card.getByText("Signatures : 0 sur 4")).toBeVisible();
  const { items } = await apiGet<{
    items: { signatures: { party: string; signerName: string; signerEmail: string }[] }[];
  }>(page, `/pathways/${pathwayId}/internships`);
  const signers = items[0]?.signatures ?? [];
  const links = await outboxLinks(
    browser,
    signers.map((signer) => signer.signerEmail),
    "à signer",
  );
  for (const signer of signers) {
    await signAs(browser, links.get(signer.signerEmail) as string, signer.signerName, {
      phone: signer.party === "trainee",
    });
  }
  await page.reload();
  await expect(card.getByText("Convention signée")).toBeVisible();
  await expect(card.getByText("Signatures : 4 sur 4")).toBeVisible();

  // 5. The trainee, given access to their space, reads it on their phone.
  await page.getByRole("tab", { name: "Résumé" }).click();
  await page.getByRole("button", { name: "Donner accès à son espace" }).click();
  await expect(page.getByRole("status")).toContainText(`vient d'être envoyé à ${trainee.email}`);
  const signInLink = (await outboxLinks(browser, [trainee.email], "Votre espace Amorce est ouvert")).get(
    trainee.email,
  );
  const phone = await freshContext(browser, true);
  const space = await phone.newPage();
  await space.goto(signInLink as string);
  await expect(space.getByRole("heading", { level: 1, name: "Mon parcours" })).toBeVisible();
  await expect(space.getByRole("region", { name: "Ma semaine" })).toBeVisible();
  await expect(space.getByRole("region", { name: "Mes heures" })).toContainText(
    "Projection professionnelle : 3 h faites sur 80 h prévues",
  );
  const internships = space.getByRole("region", { name: "Mes stages" });
  await expect(internships).toContainText(`Logistique Jade ${suffix}`);
  await expect(internships).toContainText("Votre convention est signée.");
  await expectAccessible(space);
  await phone.close();
});
