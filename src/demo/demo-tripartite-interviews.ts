import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { addDays, laterDay } from "../domains/calendar-days";
import type { NextStep } from "../domains/outcomes/next-step";
import { parisDay, parisInstant } from "../domains/paris-time";
import { pathways } from "../domains/pathways/pathways.tables";
import { interviewDueDate } from "../domains/tripartite-interviews/interview-rules";
import type { AgreedAction } from "../domains/tripartite-interviews/tripartite-interviews.tables";
import { tripartiteInterviews } from "../domains/tripartite-interviews/tripartite-interviews.tables";
import { demoAccount } from "./demo-accounts";
import { insertRows } from "./insert-rows";
import { seededRandom } from "./territory/random";

const WEEKS = 3;

/** What was agreed at the demo's held interviews: weighted towards training and job search. */
const AGREED: readonly { step: NextStep; actions: AgreedAction[] }[] = [
  {
    step: {
      kind: "qualifying_training_prf",
      title: "Titre professionnel Agent de restauration",
      startDate: null,
      contractType: null,
      plan: null,
    },
    actions: [
      { description: "Envoyer le dossier de candidature", owner: "trainee", dueDate: null },
      { description: "Inscrire la personne sur la session du PRF", owner: "prescriber", dueDate: null },
    ],
  },
  {
    step: {
      kind: "employment",
      title: null,
      startDate: null,
      contractType: "cdd_6_months_or_more",
      plan: null,
    },
    actions: [
      {
        description: "Transmettre l'attestation de fin de formation",
        owner: "training_organisation",
        dueDate: null,
      },
    ],
  },
  {
    step: {
      kind: "job_search",
      title: null,
      startDate: null,
      contractType: null,
      plan: "Deux candidatures par semaine dans la logistique ; point mensuel avec la conseillère.",
    },
    actions: [
      { description: "Mettre à jour le CV", owner: "trainee", dueDate: null },
      { description: "Proposer deux offres par semaine", owner: "prescriber", dueDate: null },
    ],
  },
  {
    step: { kind: "apprenticeship", title: "CAP Boulanger", startDate: null, contractType: null, plan: null },
    actions: [{ description: "Contacter trois boulangeries", owner: "trainee", dueDate: null }],
  },
];

/**
 * The demo's tripartite interviews, after the pathways and their exits (whose next step they agreed):
 * about two thirds of the closed 2026 pathways
 * of Amorce had theirs held a fortnight before their exit (the rest did not: the Region sees where);
 * the demo trainee's interview is already scheduled by OF01, ahead of its due date. Seeded.
 */
export async function loadDemoTripartiteInterviews(db: Db, now = new Date()): Promise<void> {
  const random = seededRandom(5);
  const today = parisDay(now);
  const closed = await db
    .select({
      id: pathways.id,
      entryDate: pathways.entryDate,
      exitDate: pathways.exitDate,
      exitNextStep: pathways.nextStep,
    })
    .from(pathways)
    .where(and(isNotNull(pathways.exitDate), isNull(pathways.source)))
    .orderBy(asc(pathways.entryDate), asc(pathways.id));
  const held = closed.flatMap((pathway) => {
    const exitDate = pathway.exitDate as string;
    const heldOn = addDays(exitDate, -random.integer(7, 20));
    if (random.integer(1, 3) === 1 || heldOn <= pathway.entryDate) return [];
    const drawn = random.pick(AGREED);
    const startDate = addDays(exitDate, random.integer(14, 60));
    // What the exit confirmed was agreed here, so that the pathway tells one story.
    const step =
      pathway.exitNextStep ??
      (drawn.step.kind === "qualifying_training_prf" || drawn.step.kind === "apprenticeship"
        ? { ...drawn.step, startDate }
        : drawn.step);
    const agreed = AGREED.find((candidate) => candidate.step.kind === step.kind) ?? drawn;
    return [
      {
        pathwayId: pathway.id,
        dueDate: addDays(heldOn, -random.integer(0, 7)),
        scheduledAt: parisInstant(heldOn, "14:00"),
        place: "Sur le site de formation",
        heldOn,
        nextStep: step,
        actions: agreed.actions,
        createdAt: parisInstant(heldOn, "09:00"),
        updatedAt: parisInstant(heldOn, "17:00"),
      },
    ];
  });
  await insertRows(db, tripartiteInterviews, held);

  const [lea] = await db
    .select({ id: pathways.id, plannedEndDate: pathways.plannedEndDate })
    .from(pathways)
    .innerJoin(users, eq(users.personId, pathways.personId))
    .where(and(eq(users.email, demoAccount("trainee").email), isNull(pathways.exitDate)));
  if (lea?.plannedEndDate) {
    const dueDate = interviewDueDate(lea.plannedEndDate, WEEKS);
    const meetingDay = addDays(laterDay(dueDate, today), 2);
    await db.insert(tripartiteInterviews).values({
      pathwayId: lea.id,
      dueDate,
      scheduledAt: parisInstant(meetingDay, "10:00"),
      place: "Site de formation, salle 2 (rez-de-chaussée)",
    });
  }
}
