import { type Browser, expect, type Page } from "@playwright/test";
import { freshContext, outboxLinks } from "./link-steps";
import { expectAccessible } from "./support";
import { apiSend } from "./territory-steps";

/** The follow-up of a former trainee: its questionnaire link, and answering it as they would. */

/** The subject of the follow-up e-mail (and of its reminders). */
export const FOLLOW_UP_SUBJECT = "mois après votre parcours";

/**
 * With `page` signed in as the site's training staff: sends now the follow-up of a pathway already
 * exited (the demo's way of not waiting 6 months; the job sends it on its due day otherwise), and
 * returns the questionnaire link e-mailed to `email`, as a path (`/suivi?jeton=…`).
 */
export async function sentFollowUpLink(
  page: Page,
  browser: Browser,
  pathwayId: string,
  email: string,
): Promise<string> {
  await apiSend(page, "POST", `/pathways/${pathwayId}/follow-ups/demo-send`, {});
  const link = (await outboxLinks(browser, [email], FOLLOW_UP_SUBJECT)).get(email);
  if (!link) throw new Error(`no follow-up link for ${email}`);
  return link;
}

/** The answers, by the labels the former trainee reads. */
export type QuestionnaireAnswers = {
  situation: string;
  projectIdentified: "Oui" | "Non";
  situationImproved: "Oui" | "Non";
  selfEsteem: string;
  /** Plain labels of the difficulties still there; none ticks « Aucune de ces difficultés ». */
  barriers: string[];
  ambassador?: boolean;
};

export const SAMPLE_ANSWERS: QuestionnaireAnswers = {
  situation: "Je suis une formation payée par la Région",
  projectIdentified: "Oui",
  situationImproved: "Oui",
  selfEsteem: "Beaucoup mieux qu'avant",
  barriers: ["Me déplacer (permis, voiture, transports)"],
};

/** Ticks the follow-up's questions in a form (the questionnaire page, or the phone answer's dialog). */
export async function fillFollowUpQuestions(
  scope: Page | ReturnType<Page["getByRole"]>,
  answers: QuestionnaireAnswers,
) {
  await scope.getByRole("radio", { name: answers.situation }).check();
  await scope
    .getByRole("radiogroup", { name: /trouver ou à confirmer votre projet/ })
    .getByRole("radio", { name: answers.projectIdentified })
    .check();
  await scope
    .getByRole("radiogroup", { name: /situation s'est-elle améliorée/ })
    .getByRole("radio", { name: answers.situationImproved })
    .check();
  await scope.getByRole("radio", { name: answers.selfEsteem }).check();
  if (answers.barriers.length === 0) {
    await scope.getByRole("checkbox", { name: "Aucune de ces difficultés" }).check();
  }
  for (const barrier of answers.barriers) await scope.getByRole("checkbox", { name: barrier }).check();
}

/**
 * Opens the questionnaire link in a browser that has never signed in (a phone when `phone`), checks it
 * greets `firstName`, answers, and checks that opening it again only thanks them.
 */
export async function answerQuestionnaire(
  browser: Browser,
  link: string,
  firstName: string,
  answers: QuestionnaireAnswers = SAMPLE_ANSWERS,
  options: { phone?: boolean; axe?: boolean } = {},
) {
  const context = await freshContext(browser, options.phone ?? false);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Où en êtes-vous ?" })).toBeVisible();
  await expect(page.getByText(`Bonjour ${firstName},`)).toBeVisible();
  if (options.axe) await expectAccessible(page);
  await fillFollowUpQuestions(page, answers);
  if (answers.ambassador) await page.getByRole("checkbox", { name: /Je veux bien venir témoigner/ }).check();
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page.getByText("Vos réponses sont bien enregistrées")).toBeVisible();
  if (options.axe) await expectAccessible(page);
  await page.reload();
  await expect(page.getByText("Vous avez déjà répondu, merci !")).toBeVisible();
  await context.close();
}
