import { expect, type Page } from "@playwright/test";

/** A next step as the exit form asks it, by its French labels. */
export type ExitNextStep =
  | { kind: "Formation qualifiante du PRF" | "Autre formation qualifiante"; title: string; startDate: string }
  | { kind: "Emploi"; contractType: string; employer?: string }
  | { kind: "Apprentissage"; title?: string }
  | { kind: "Recherche d'emploi accompagnée" | "Autre"; plan: string };

export type ExitEntry = {
  /** `YYYY-MM-DD`; the form offers today. */
  exitDate?: string;
  /** « Parcours terminé », « Sortie anticipée pour une formation »… */
  reason: string;
  /** Offered by the form from the next step (or the one agreed at the tripartite interview) when not given. */
  nextStep?: ExitNextStep;
  /** The situation at exit's label, when it differs from the one the next step offers. */
  situation?: string;
};

/**
 * Signed in as the site's training staff: records the exit of a pathway through its « Sortie » tab, and
 * waits until the page shows it. Without `nextStep`, keeps the one the form offers (the tripartite
 * interview's).
 */
export async function recordExitThroughUi(page: Page, pathwayId: string, entry: ExitEntry) {
  await page.goto(`/parcours/${pathwayId}?onglet=sortie`);
  const form = page.getByRole("form", { name: "Enregistrer la sortie" });
  await expect(form).toBeVisible();
  if (entry.exitDate) await form.getByLabel("Date de sortie").fill(entry.exitDate);
  await form.getByLabel("Motif de sortie").selectOption({ label: entry.reason });
  const step = entry.nextStep;
  if (step) {
    await form.getByLabel("Suite de parcours").selectOption({ label: step.kind });
    if ("startDate" in step) {
      await form.getByLabel("Intitulé de la formation").fill(step.title);
      await form.getByLabel("Date d'entrée en formation").fill(step.startDate);
    } else if ("contractType" in step) {
      await form.getByLabel("Type de contrat").selectOption({ label: step.contractType });
      if (step.employer) await form.getByLabel("Employeur (facultatif)").fill(step.employer);
    } else if ("plan" in step) {
      await form.getByLabel(/Plan de recherche d'emploi|Précisez la suite/).fill(step.plan);
    } else if (step.title) {
      await form.getByLabel("Métier ou employeur (facultatif)").fill(step.title);
    }
  }
  if (entry.situation)
    await form.getByLabel("Situation à la sortie").selectOption({ label: entry.situation });
  await form.getByRole("button", { name: "Enregistrer la sortie" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("region", { name: "Sortie" })).toContainText(entry.reason);
}
