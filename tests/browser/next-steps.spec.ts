import { expect, test } from "@playwright/test";
import { recordExitThroughUi } from "./exit-steps";
import { answerQuestionnaire, sentFollowUpLink } from "./follow-up-steps";
import { enteredTrainee, parisDay } from "./pathway-steps";
import { expectAccessible, signIn } from "./support";
import { recordInterviewThroughUi, scheduleInterviewThroughUi } from "./tripartite-steps";

/**
 * The end of a pathway and what follows, as the evaluation asks: the tripartite interview agrees on the
 * next step, the exit confirms it, the former trainee answers the 6-month questionnaire on their phone,
 * and the referent sees all of it on the pathway's page.
 */
test("a trainee goes from the tripartite interview through exit to the 6-month questionnaire on a phone; the referent sees it all", async ({
  page,
  browser,
}) => {
  test.slow(); // a referral to the entry, three sign-ins, a questionnaire on another device
  const lastName = `Suite-${Date.now().toString(36)}`;
  const email = `${lastName.toLowerCase()}@exemple.test`;
  const { pathwayId } = await enteredTrainee(page, { firstName: "Noé", lastName, email });

  await scheduleInterviewThroughUi(page, pathwayId, {
    date: parisDay(1),
    time: "14:00",
    place: "Salle 3, rez-de-chaussée",
  });

  await page.context().clearCookies();
  await signIn(page, "prescriber_advisor");
  await recordInterviewThroughUi(page, pathwayId, {
    heldOn: parisDay(),
    nextStep: {
      kind: "Formation qualifiante du PRF",
      title: "Titre professionnel agent de propreté et d'hygiène",
      startDate: parisDay(45),
    },
    actions: [{ description: "Envoyer le dossier d'inscription", owner: "Prescripteur (référent·e)" }],
  });

  await page.context().clearCookies();
  await signIn(page, "training_staff");
  // No next step given: the exit keeps the one agreed at the interview.
  await recordExitThroughUi(page, pathwayId, { reason: "Sortie anticipée pour une formation" });
  await expect(page.getByRole("region", { name: "Sortie" })).toContainText(
    "Titre professionnel agent de propreté et d'hygiène",
  );
  const link = await sentFollowUpLink(page, browser, pathwayId, email);

  await answerQuestionnaire(
    browser,
    link,
    "Noé",
    {
      situation: "Je suis une formation payée par la Région",
      projectIdentified: "Oui",
      situationImproved: "Oui",
      selfEsteem: "Beaucoup mieux qu'avant",
      barriers: [],
    },
    { phone: true, axe: true },
  );

  await page.context().clearCookies();
  await signIn(page, "prescriber_advisor");
  await page.goto(`/parcours/${pathwayId}?onglet=entretien-tripartite`);
  const interview = page.getByRole("region", { name: "Entretien tripartite" });
  await expect(interview.getByText(/^Tenu le /)).toBeVisible();
  await expect(interview).toContainText("Envoyer le dossier d'inscription");

  await page.getByRole("tab", { name: "Sortie" }).click();
  const exit = page.getByRole("region", { name: "Sortie" });
  await expect(exit).toContainText("Sortie anticipée pour une formation");
  await expect(exit.getByRole("link", { name: "Attestation de fin de formation (PDF)" })).toBeVisible();

  await page.getByRole("tab", { name: "Suivi" }).click();
  const followUp = page.getByRole("tabpanel", { name: "Suivi" });
  await expect(followUp.getByRole("heading", { name: "Suivi à 6 mois" })).toBeVisible();
  await expect(followUp.getByText("Répondu", { exact: true })).toBeVisible();
  await expect(followUp).toContainText(
    "Situation : Formation qualifiante du Programme régional de formation (PRF)",
  );
  await expect(followUp).toContainText("Freins encore présents : aucun");
  await expectAccessible(page);
});
