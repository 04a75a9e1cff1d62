import { expect, type Page } from "@playwright/test";

/** A next step as the interview's record form asks it, by its French labels. */
export type InterviewNextStep =
  | { kind: "Formation qualifiante du PRF" | "Autre formation qualifiante"; title: string; startDate: string }
  | { kind: "Emploi"; contractType: string; employer?: string }
  | { kind: "Apprentissage"; title?: string; startDate?: string }
  | { kind: "Recherche d'emploi accompagnée" | "Autre"; plan: string };

export type InterviewAction = {
  description: string;
  /** « Stagiaire », « Organisme de formation », « Prescripteur (référent·e) » */
  owner: string;
  /** `YYYY-MM-DD` */
  dueDate?: string;
};

export type InterviewRecord = {
  /** `YYYY-MM-DD`; the form offers today. */
  heldOn?: string;
  nextStep: InterviewNextStep;
  actions?: InterviewAction[];
  notes?: string;
};

/** The pathway's « Entretien tripartite » tab, opened. */
export async function openInterviewTab(page: Page, pathwayId: string) {
  await page.goto(`/parcours/${pathwayId}?onglet=entretien-tripartite`);
  const section = page.getByRole("region", { name: "Entretien tripartite" });
  await expect(section.getByText(/^(À venir|À organiser|Planifié|Tenu|Non tenu)/).first()).toBeVisible();
  return section;
}

/**
 * Signed in as the site's training staff or the trainee's referent: fixes (or moves) the date, time and
 * place of a pathway's tripartite interview through its tab — the invitations leave — and waits until
 * the tab shows it planned.
 */
export async function scheduleInterviewThroughUi(
  page: Page,
  pathwayId: string,
  meeting: { date: string; time: string; place: string },
) {
  const section = await openInterviewTab(page, pathwayId);
  await section.getByRole("button", { name: /^(Fixer|Changer) la date$/ }).click();
  const dialog = page.getByRole("dialog", { name: "Fixer la date de l'entretien tripartite" });
  await dialog.getByLabel("Date de l'entretien").fill(meeting.date);
  await dialog.getByLabel("Heure").fill(meeting.time);
  await dialog.getByLabel("Lieu").fill(meeting.place);
  await dialog.getByRole("button", { name: "Envoyer les invitations" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/^Planifié le /)).toBeVisible();
  await expect(section).toContainText(meeting.place);
}

/** Fills the record form open in `dialog` (used by the step below, and by tests of its refusals). */
export async function fillInterviewRecord(page: Page, record: InterviewRecord) {
  const dialog = page.getByRole("dialog", { name: "Noter l'entretien tripartite" });
  if (record.heldOn) await dialog.getByLabel("Date de l'entretien (tenu le)").fill(record.heldOn);
  const step = record.nextStep;
  await dialog.getByLabel("Suite de parcours").selectOption({ label: step.kind });
  if ("contractType" in step) {
    await dialog.getByLabel("Type de contrat").selectOption({ label: step.contractType });
    if (step.employer) await dialog.getByLabel("Employeur (facultatif)").fill(step.employer);
  } else if ("plan" in step) {
    await dialog.getByLabel(/Plan de recherche d'emploi|Précisez la suite/).fill(step.plan);
  } else if (step.kind === "Apprentissage") {
    if (step.title) await dialog.getByLabel("Métier ou employeur (facultatif)").fill(step.title);
    if (step.startDate) await dialog.getByLabel("Date de début (facultatif)").fill(step.startDate);
  } else {
    await dialog.getByLabel("Intitulé de la formation").fill(step.title);
    await dialog.getByLabel("Date d'entrée en formation").fill(step.startDate);
  }
  for (const [index, action] of (record.actions ?? []).entries()) {
    await dialog.getByRole("button", { name: "Ajouter une action" }).click();
    await dialog.getByRole("textbox", { name: `Action ${index + 1}`, exact: true }).fill(action.description);
    await dialog.getByLabel(`Qui porte l'action ${index + 1}`).selectOption({ label: action.owner });
    if (action.dueDate) await dialog.getByLabel(`Échéance de l'action ${index + 1}`).fill(action.dueDate);
  }
  if (record.notes) await dialog.getByLabel("Notes").fill(record.notes);
  return dialog;
}

/**
 * Signed in as the site's training staff or the trainee's referent: records a pathway's tripartite
 * interview as held through its tab — the next step agreed, the actions and who carries them out —
 * and waits until the tab shows it held.
 */
export async function recordInterviewThroughUi(page: Page, pathwayId: string, record: InterviewRecord) {
  const section = await openInterviewTab(page, pathwayId);
  await section.getByRole("button", { name: /^(Noter l'entretien|Corriger le compte rendu)$/ }).click();
  const dialog = await fillInterviewRecord(page, record);
  await dialog.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/^Tenu le /)).toBeVisible();
  for (const action of record.actions ?? []) await expect(section).toContainText(action.description);
}
