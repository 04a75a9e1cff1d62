import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { hashToken, newSecretToken } from "../domains/accounts/secret-tokens";
import { barrierActions, barrierEvents, barriers } from "../domains/barriers/barriers.tables";
import { addDays, mondayOf } from "../domains/calendar-days";
import {
  attendance,
  collectiveSessions,
  sessionEnrolments,
} from "../domains/collective-sessions/collective-sessions.tables";
import { agreementHash } from "../domains/internships/agreement";
import { loadAgreement } from "../domains/internships/agreement-data";
import type { SignatoryParty } from "../domains/internships/internship-vocabulary";
import {
  hostCompanies,
  internshipSignatures,
  internships,
  tutorAssessments,
} from "../domains/internships/internships.tables";
import { parisDay } from "../domains/paris-time";
import { pathwayPlans, pathways } from "../domains/pathways/pathways.tables";
import { identityKey } from "../domains/people/identity-key";
import { people } from "../domains/people/people.tables";
import type { ReferralStatus } from "../domains/referrals/referral-status";
import { referralEvents, referrals } from "../domains/referrals/referrals.tables";
import { SKILL_DOMAINS } from "../domains/skills/skill-domains";
import { skillAssessments } from "../domains/skills/skills.tables";
import { organisations, sites } from "../domains/territory/territory.tables";
import { demoAccount } from "./demo-accounts";
import { insertRows } from "./insert-rows";
import {
  DEMO_TRAINEES,
  demoAttendance,
  demoPlan,
  demoSkillLevel,
  planDemoSessions,
} from "./pathways/demo-pathway-plan";

/** The first open site (by code) of a demo organisation: OF01's is where the demo's trainees are. */
export async function firstOpenSiteOf(db: Db, organisationCode: string) {
  const [site] = await db
    .select({ id: sites.id, lotId: sites.lotId, communeCode: sites.communeCode, name: sites.name })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(and(eq(organisations.code, organisationCode), eq(sites.active, true)))
    .orderBy(asc(sites.code))
    .limit(1);
  if (!site) throw new Error(`no open site for ${organisationCode}`);
  return site;
}

/** Fictitious companies: SIRETs of the unallocated 999 range, valid for the Luhn check only. */
const HOST_COMPANIES = [
  {
    siret: "99900001000010",
    name: "Propreté Garonne Services",
    sector: "Nettoyage de locaux",
    rome: "K2204",
  },
  {
    siret: "99900002000019",
    name: "Logistique des Deux Rives",
    sector: "Entreposage et logistique",
    rome: "N1103",
  },
  {
    siret: "99900003000018",
    name: "Supermarché Le Panier Bastide",
    sector: "Commerce de détail alimentaire",
    rome: "D1507",
  },
] as const;

/** How each demo trainee came in: referred three weeks before entry, interviewed, accepted. */
const REFERRAL_STEPS: readonly {
  from: ReferralStatus | null;
  to: ReferralStatus;
  daysBeforeEntry: number;
}[] = [
  { from: null, to: "sent", daysBeforeEntry: -21 },
  { from: "sent", to: "under_review", daysBeforeEntry: -18 },
  { from: "under_review", to: "admission_interview", daysBeforeEntry: -14 },
  { from: "admission_interview", to: "accepted", daysBeforeEntry: -7 },
  { from: "accepted", to: "entered", daysBeforeEntry: 0 },
];

const stepInstant = (entryDate: string, days: number) => new Date(`${addDays(entryDate, days)}T08:00:00Z`);

/** Paris wall-clock time to an instant, in SQL. */
const parisInstant = (day: string, time: string) =>
  sql`(${day}::date + ${time}::time) at time zone 'Europe/Paris'`;

/**
 * Seven trainees in their pathway at OF01's first site, the first being the demo trainee's account: a
 * plan each, the site's timetable with past sessions marked (the last two left to mark), barriers with
 * actions, entry skills, and the demo trainee's internships (one done and assessed, one awaiting two
 * signatures). Dated from the day the demo is loaded.
 */
export async function loadDemoPathways(db: Db, today = parisDay(new Date())): Promise<void> {
  const site = await firstOpenSiteOf(db, "OF01");
  const accountIds = new Map(
    (
      await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          inArray(users.email, [
            demoAccount("training_staff").email,
            demoAccount("prescriber_advisor").email,
            demoAccount("trainee").email,
          ]),
        )
    ).map((row) => [row.email, row.id]),
  );
  const staffId = accountIds.get(demoAccount("training_staff").email) ?? null;
  const referentId = accountIds.get(demoAccount("prescriber_advisor").email) ?? null;
  const [prescriber] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, "FT33"));
  const firstEntry = addDays(mondayOf(today), -35);

  const trainees = [];
  for (const [index, trainee] of DEMO_TRAINEES.entries()) {
    const entryDate = addDays(firstEntry, 7 * trainee.enteredWeeksLater);
    const email =
      index === 0 ? demoAccount("trainee").email : `${trainee.firstName.toLowerCase()}.demo@exemple.test`;
    const [person] = await db
      .insert(people)
      .values({
        lastName: trainee.lastName,
        firstName: trainee.firstName,
        birthDate: trainee.birthDate,
        identityKey: identityKey(trainee),
        email: email.normalize("NFD").replace(/\p{M}/gu, ""),
        communeCode: site.communeCode,
      })
      .returning({ id: people.id });
    if (!person) throw new Error("demo person not created");
    const [referral] = await db
      .insert(referrals)
      .values({
        kind: "prescription",
        status: "entered",
        personId: person.id,
        lotId: site.lotId,
        siteId: site.id,
        prescriberOrganisationId: prescriber?.id ?? null,
        senderUserId: referentId,
        referentUserId: referentId,
        motivation: "Souhaite reprendre un rythme et construire un projet professionnel.",
        plannedEntryDate: entryDate,
        sentAt: stepInstant(entryDate, -21),
        statusChangedAt: stepInstant(entryDate, 0),
      })
      .returning({ id: referrals.id });
    if (!referral) throw new Error("demo referral not created");
    const training = {
      actorKind: "training_organisation" as const,
      actorUserId: staffId,
      actorLabel: `Inès Formatrice (${site.name})`,
    };
    await insertRows(
      db,
      referralEvents,
      REFERRAL_STEPS.map((step) => ({
        referralId: referral.id,
        at: stepInstant(entryDate, step.daysBeforeEntry),
        kind: step.from === null ? ("created" as const) : ("status_changed" as const),
        fromStatus: step.from,
        toStatus: step.to,
        ...(step.from === null
          ? {
              actorKind: "prescriber" as const,
              actorUserId: referentId,
              actorLabel: "Nadia Conseillère (France Travail)",
            }
          : training),
      })),
    );
    const plan = demoPlan(entryDate);
    const [pathway] = await db
      .insert(pathways)
      .values({
        personId: person.id,
        referralId: referral.id,
        siteId: site.id,
        lotId: site.lotId,
        entryDate,
        plannedEndDate: plan.plannedEndDate,
      })
      .returning({ id: pathways.id });
    if (!pathway) throw new Error("demo pathway not created");
    await db.insert(pathwayPlans).values({
      pathwayId: pathway.id,
      version: 1,
      objectives: plan.objectives,
      plannedEndDate: plan.plannedEndDate,
      items: plan.items,
      valid: true,
      createdByUserId: staffId,
    });
    trainees.push({ index, trainee, personId: person.id, pathwayId: pathway.id, entryDate, plan });
  }
  const traineeId = accountIds.get(demoAccount("trainee").email);
  const lea = trainees[0];
  if (traineeId && lea) await db.update(users).set({ personId: lea.personId }).where(eq(users.id, traineeId));

  await loadTimetable(db, site.id, staffId, firstEntry, today, trainees);
  await loadBarriers(db, staffId, trainees, today);
  await insertRows(
    db,
    skillAssessments,
    trainees.flatMap(({ index, pathwayId, entryDate }) =>
      SKILL_DOMAINS.map((domain, domainIndex) => ({
        pathwayId,
        moment: "entry" as const,
        domain,
        level: demoSkillLevel(index, domainIndex),
        assessedByUserId: staffId,
        assessedAt: new Date(`${addDays(entryDate, 2)}T10:00:00Z`),
      })),
    ),
  );
  if (lea) await loadInternships(db, site.id, staffId, lea, today);
}

type LoadedTrainee = {
  index: number;
  pathwayId: string;
  entryDate: string;
  plan: ReturnType<typeof demoPlan>;
  trainee: (typeof DEMO_TRAINEES)[number];
};

/** Whether `day` falls in one of the trainee's planned internships (they are then not in session). */
const onInternship = (trainee: LoadedTrainee, day: string) =>
  trainee.plan.items.some(
    (item) => item.kind === "internship" && "start" in item && item.start <= day && day <= item.end,
  );

async function loadTimetable(
  db: Db,
  siteId: string,
  trainerUserId: string | null,
  firstEntry: string,
  today: string,
  trainees: readonly LoadedTrainee[],
) {
  const planned = planDemoSessions(firstEntry, today);
  const created = await db
    .insert(collectiveSessions)
    .values(
      planned.map((session) => ({
        siteId,
        module: session.module,
        title: session.title,
        trainerUserId,
        room: "Salle 1",
        capacity: 12,
        startsAt: sql`${parisInstant(session.day, session.start)}`,
        endsAt: sql`${parisInstant(session.day, session.end)}`,
        createdByUserId: trainerUserId,
      })),
    )
    .returning({ id: collectiveSessions.id });
  const past = planned.filter((session) => session.day < today).length;
  const enrolments = [];
  const marks = [];
  for (const [sessionIndex, session] of planned.entries()) {
    const sessionId = created[sessionIndex]?.id;
    if (!sessionId) continue;
    for (const trainee of trainees) {
      if (session.day < trainee.entryDate || onInternship(trainee, session.day)) continue;
      enrolments.push({ sessionId, pathwayId: trainee.pathwayId, enrolledByUserId: trainerUserId });
      if (sessionIndex < past - 2) {
        marks.push({
          sessionId,
          pathwayId: trainee.pathwayId,
          ...demoAttendance(trainee.index, sessionIndex, session.hours),
          markedByUserId: trainerUserId,
          markedAt: new Date(`${session.day}T16:00:00Z`),
        });
      }
    }
  }
  await insertRows(db, sessionEnrolments, enrolments);
  await insertRows(db, attendance, marks);
}

async function loadBarriers(
  db: Db,
  staffId: string | null,
  trainees: readonly LoadedTrainee[],
  today: string,
) {
  for (const { trainee, pathwayId, entryDate } of trainees) {
    for (const barrier of trainee.barriers) {
      const closed = barrier.status === "lifted" || barrier.status === "not_lifted";
      const [row] = await db
        .insert(barriers)
        .values({
          pathwayId,
          theme: barrier.theme,
          situation: barrier.situation,
          severity: barrier.severity,
          status: barrier.status,
          details: barrier.details ?? null,
          identifiedOn: entryDate,
          closedOn: closed ? addDays(entryDate, 20) : null,
          createdByUserId: staffId,
        })
        .returning({ id: barriers.id });
      if (!row) continue;
      const actor = { actorUserId: staffId, actorLabel: "Inès Formatrice" };
      await db
        .insert(barrierEvents)
        .values({ barrierId: row.id, kind: "identified", toStatus: "identified", ...actor });
      if (barrier.status !== "identified") {
        await db.insert(barrierEvents).values({
          barrierId: row.id,
          kind: "status_changed",
          fromStatus: "identified",
          toStatus: barrier.status,
          ...actor,
        });
      }
      if (barrier.action) {
        await db.insert(barrierActions).values({
          barrierId: row.id,
          description: barrier.action.description,
          partner: barrier.action.partner,
          dueOn: addDays(today, barrier.action.dueInDays),
          status: barrier.action.status,
          createdByUserId: staffId,
        });
      }
    }
  }
}

/** A signature link nobody holds: the demo's pending signatures are resent from the app. */
const unusableToken = () => hashToken(newSecretToken());

async function loadInternships(
  db: Db,
  siteId: string,
  staffId: string | null,
  lea: LoadedTrainee,
  today: string,
) {
  const [siteRow] = await db
    .select({ communeCode: sites.communeCode })
    .from(sites)
    .where(eq(sites.id, siteId));
  const companies = await db
    .insert(hostCompanies)
    .values(
      HOST_COMPANIES.map((company, index) => ({
        siret: company.siret,
        name: company.name,
        address: `${12 + index * 7} rue des Entrepreneurs`,
        postalCode: "33000",
        city: "Bordeaux",
        communeCode: siteRow?.communeCode ?? null,
        sector: company.sector,
      })),
    )
    .returning({ id: hostCompanies.id });
  const stages = lea.plan.items.filter((item) => item.kind === "internship");
  const [first, second] = stages;
  if (!first || !second || !("start" in first) || !("start" in second)) return;
  const base = (index: 0 | 1, stage: { start: string; end: string; hours: number }) => ({
    pathwayId: lea.pathwayId,
    hostCompanyId: companies[index]?.id ?? "",
    tutorName: index === 0 ? "Patrick Roux" : "Samia Haddad",
    tutorJobTitle: index === 0 ? "Chef d'équipe" : "Responsable d'entrepôt",
    tutorEmail: index === 0 ? "patrick.roux@exemple.test" : "samia.haddad@exemple.test",
    startDate: stage.start,
    endDate: stage.end,
    dailySchedule: "Du lundi au vendredi, 8 h–12 h et 13 h–16 h",
    hours: stage.hours,
    romeCode: HOST_COMPANIES[index].rome,
    objective: index === 0 ? ("discover_job" as const) : ("confirm_project" as const),
    activities:
      index === 0
        ? "Entretien des bureaux et des parties communes, utilisation des produits et du matériel en sécurité."
        : "Réception des marchandises, préparation de commandes, inventaire.",
    createdByUserId: staffId,
  });
  const done = first.end < today;
  const [firstRow, secondRow] = await db
    .insert(internships)
    .values([
      { ...base(0, first), status: done ? "completed" : "signed", hoursDone: done ? 66.5 : null },
      { ...base(1, second), status: "awaiting_signatures" },
    ])
    .returning({ id: internships.id, agreementHash: internships.agreementHash });
  if (!firstRow || !secondRow) return;
  for (const row of [firstRow, secondRow]) {
    row.agreementHash = agreementHash(await loadAgreement(db, row.id));
    await db.update(internships).set({ agreementHash: row.agreementHash }).where(eq(internships.id, row.id));
  }
  const signers: Record<SignatoryParty, { name: string; email: string }> = {
    trainee: { name: "Léa Stagiaire", email: demoAccount("trainee").email },
    company: { name: "Patrick Roux", email: "patrick.roux@exemple.test" },
    training_organisation: { name: "Inès Formatrice", email: demoAccount("training_staff").email },
    referent: { name: "Nadia Conseillère", email: demoAccount("prescriber_advisor").email },
  };
  const signedAt = new Date(`${addDays(first.start, -4)}T10:00:00Z`);
  const expiresAt = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000);
  await insertRows(db, internshipSignatures, [
    ...Object.entries(signers).map(([party, signer]) => ({
      internshipId: firstRow.id,
      party: party as SignatoryParty,
      signerName: signer.name,
      signerEmail: signer.email,
      tokenHash: unusableToken(),
      expiresAt: signedAt,
      usedAt: signedAt,
      signedAt,
      agreementHash: firstRow.agreementHash,
    })),
    ...Object.entries(signers).map(([party, signer]) => {
      const signed = party === "trainee" || party === "training_organisation";
      const name = party === "company" ? "Samia Haddad" : signer.name;
      return {
        internshipId: secondRow.id,
        party: party as SignatoryParty,
        signerName: name,
        signerEmail: party === "company" ? "samia.haddad@exemple.test" : signer.email,
        tokenHash: unusableToken(),
        expiresAt,
        usedAt: signed ? new Date(`${today}T08:00:00Z`) : null,
        signedAt: signed ? new Date(`${today}T08:00:00Z`) : null,
        agreementHash: signed ? secondRow.agreementHash : null,
      };
    }),
  ]);
  if (done) {
    await db.insert(tutorAssessments).values({
      internshipId: firstRow.id,
      tokenHash: unusableToken(),
      expiresAt: new Date(`${addDays(first.end, 14)}T00:00:00Z`),
      usedAt: new Date(`${addDays(first.end, 2)}T15:00:00Z`),
      submittedAt: new Date(`${addDays(first.end, 2)}T15:00:00Z`),
      answers: { punctuality: "good", attitude: "very_good", interest: "very_good", skills: "good" },
      comment: "Léa s'est bien intégrée à l'équipe et a posé de bonnes questions.",
      hoursDone: 66.5,
      ledToJobOffer: false,
    });
  }
}
