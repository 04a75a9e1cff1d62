import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";
import { apiGet, choose, communeOption, listOf, type Named } from "./territory-steps";

/**
 * A prescriber advisor refers a person Amorce does not know, in four steps; the same person checked
 * again is found, with a link to the prescription already open, and a second one to the same lot is
 * refused. A person who applied alone is found too: the advisor confirms her request and becomes her
 * referent.
 */

type ApiSite = Named & { active: boolean; mandatoryRural: boolean; commune: { name: string } };
type ApiReferral = {
  person: { lastName: string; firstName: string; birthDate: string; phone: string | null };
  site: Named | null;
  motivation: string;
  knownBarriers: string[];
  availability: string | null;
  referent: { displayName: string } | null;
  prescriberOrganisation: Named | null;
};

const stepHeading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true });
const primary = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

/**
 * Types `search` in the combobox labelled `label` and takes the first option with the keyboard. At phone
 * size, Chromium scrolls the page when a picker near the bottom of the page opens, and Mantine then hides
 * its detached list (the territory's site form does the same): the keyboard path works at every size.
 */
async function pickFirst(page: Page, label: string, search: string, option: string) {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.fill(search);
  await expect(
    page
      .getByRole("listbox", { name: label, includeHidden: true })
      .getByRole("option", { name: option, exact: true, includeHidden: true })
      .first(),
  ).toBeAttached();
  await field.press("ArrowDown");
  await field.press("Enter");
  await expect(field).toHaveValue(option);
}

const BIRTH_DATE = "1991-03-14";

async function fillIdentity(page: Page, person: { lastName: string; firstName: string }) {
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(person.lastName);
  await page.getByRole("textbox", { name: "Prénom", exact: true }).fill(person.firstName);
  await page.getByLabel("Date de naissance").fill(BIRTH_DATE);
  await primary(page, "Vérifier").click();
}

test("a prescriber advisor refers a new person, then finds her already known @téléphone", async ({
  page,
}) => {
  test.slow(); // four steps twice, a search twice, axe at each step
  const person = { lastName: `Essai-${Date.now().toString(36)}`, firstName: "Maëlle" };
  await signIn(page, "prescriber_advisor");
  const sites = await listOf<ApiSite>(page, "sites");
  const site = sites.find((candidate) => candidate.active && candidate.mandatoryRural);
  if (!site) throw new Error("the demo territory has no open rural site");

  await page
    .getByRole("main")
    .getByRole("link", { name: /^Nouvelle prescription/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle prescription" })).toBeVisible();
  await expect(stepHeading(page, "La personne")).toBeVisible();
  await expectAccessible(page);

  // 1. The person: unknown, checked first; then how to reach her and where she lives.
  await primary(page, "Vérifier").click();
  await expect(page.getByText("Indiquez la date de naissance.")).toBeVisible();
  await fillIdentity(page, person);
  await expect(page.getByText("Personne inconnue d'Amorce")).toBeVisible();
  await page.getByRole("textbox", { name: "Téléphone" }).fill("06 12 34 56 78");
  await expectAccessible(page);
  await primary(page, "Continuer").click();
  await expect(page.getByText("Choisissez la commune où vit la personne.")).toBeVisible();
  await pickFirst(page, "Commune de résidence", "Ahun", communeOption("Ahun", "23150"));
  await primary(page, "Continuer").click();

  // 2. Where: a mandatory rural site, found by typing its name.
  await expect(stepHeading(page, "Où")).toBeFocused();
  await expect(page.getByRole("radio", { name: "Choisir le site", exact: true })).toBeChecked();
  await expectAccessible(page);
  await choose(page, "Site", site.name, `${site.name} — ${site.commune.name} — site rural`);
  await primary(page, "Continuer").click();

  // 3. Why: the reasons are required.
  await expect(stepHeading(page, "Pourquoi")).toBeVisible();
  await primary(page, "Continuer").click();
  await expect(page.getByText("Indiquez les motifs de la prescription.")).toBeVisible();
  await page.getByRole("textbox", { name: "Motifs de la prescription" }).fill("Reprendre confiance.");
  await expect(page.getByText(/20 \/ 2\s000 caractères/)).toBeVisible();
  await page.getByRole("checkbox", { name: "Mobilité" }).check();
  await page.getByRole("textbox", { name: "Disponibilités" }).fill("Pas le mercredi.");
  await expectAccessible(page);
  await primary(page, "Continuer").click();

  // 4. The referent: herself by default; then send.
  await expect(stepHeading(page, "Référent·e")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Référent·e" })).toHaveValue("Nadia Conseillère (vous)");
  await expect(
    page.getByText(`Vous orientez ${person.firstName} ${person.lastName} vers ${site.name}`),
  ).toBeVisible();
  await expectAccessible(page);
  await primary(page, "Envoyer la prescription").click();

  await expect(page).toHaveURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const referral = await apiGet<ApiReferral>(page, path.replace("/prescriptions", "/referrals"));
  expect(referral).toMatchObject({
    person: { ...person, birthDate: BIRTH_DATE, phone: "06 12 34 56 78" },
    site: { id: site.id },
    motivation: "Reprendre confiance.",
    knownBarriers: ["mobility"],
    availability: "Pas le mercredi.",
    referent: { displayName: "Nadia Conseillère" },
  });

  // The same person again, her name typed otherwise: known, with her open prescription to follow.
  await page.goto("/prescriptions/nouvelle");
  await fillIdentity(page, { lastName: person.lastName.toUpperCase(), firstName: "maelle" });
  await expect(
    page.getByRole("heading", { level: 3, name: "Cette personne est déjà connue d'Amorce" }),
  ).toBeVisible();
  await expect(page.getByText(/habite à Ahun\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir cette prescription" })).toHaveAttribute("href", path);
  await expectAccessible(page);

  // Sent anyway to the same lot: refused in French, and the page stays.
  await pickFirst(page, "Commune de résidence", "Ahun", communeOption("Ahun", "23150"));
  await primary(page, "Continuer").click();
  await choose(page, "Site", site.name, `${site.name} — ${site.commune.name} — site rural`);
  await primary(page, "Continuer").click();
  await page.getByRole("textbox", { name: "Motifs de la prescription" }).fill("Une seconde fois.");
  await primary(page, "Continuer").click();
  await primary(page, "Envoyer la prescription").click();
  await expect(page.getByRole("alert").filter({ hasText: "Envoi impossible" })).toContainText(
    "Cette personne a déjà une demande en cours sur ce lot",
  );
  await expect(page).toHaveURL(/\/prescriptions\/nouvelle$/);
});

test("a prescriber advisor confirms a self-referral nobody confirmed and becomes the referent", async ({
  page,
}) => {
  const person = { lastName: `Seule-${Date.now().toString(36)}`, firstName: "Inès" };
  const applied = await page.request.post("/api/public/self-referrals", {
    data: {
      ...person,
      birthDate: BIRTH_DATE,
      email: "",
      phone: "06 98 76 54 32",
      communeCode: "24322",
      situation: "job_seeker_not_registered",
      hopes: "Trouver un métier près de chez moi.",
      consent: true,
      website: "",
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);

  await signIn(page, "prescriber_advisor");
  await page.goto("/prescriptions/nouvelle");
  await fillIdentity(page, person);
  await expect(
    page.getByRole("heading", { level: 3, name: "Cette personne est déjà connue d'Amorce" }),
  ).toBeVisible();
  await expect(page.getByText(/^Auto-positionnement vers .+, du .+ — statut : Envoyée\.$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir cette prescription" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Référent·e" })).toHaveValue("Nadia Conseillère (vous)");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirmer sa demande et devenir son ou sa référent·e" }).click();

  await expect(page).toHaveURL(/\/prescriptions\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  const referral = await apiGet<ApiReferral>(page, path.replace("/prescriptions", "/referrals"));
  expect(referral).toMatchObject({
    person,
    referent: { displayName: "Nadia Conseillère" },
    prescriberOrganisation: { code: "FT33" },
  });
});
