import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { hashToken, newSecretToken } from "../domains/accounts/secret-tokens";
import { BARRIER_THEMES, type BarrierTheme } from "../domains/barriers/barrier-catalogue";
import { addDays } from "../domains/calendar-days";
import { followUpDueDate } from "../domains/follow-ups/follow-up-schedule";
import { followUps } from "../domains/follow-ups/follow-ups.tables";
import { SITUATIONS, type Situation } from "../domains/outcomes/situation-vocabulary";
import { parisDay, parisInstant } from "../domains/paris-time";
import { pathways } from "../domains/pathways/pathways.tables";
import { people } from "../domains/people/people.tables";
import { organisations, sites } from "../domains/territory/territory.tables";
import { demoAccount } from "./demo-accounts";
import { insertRows } from "./insert-rows";
import { seededRandom } from "./territory/random";

/** Where former trainees say they are 6 months on: weighted, most of them in work, training or searching. */
const SITUATION_WEIGHTS: Readonly<Record<Situation, number>> = {
  employment_durable: 20,
  employment_short: 15,
  qualifying_training_prf: 14,
  qualifying_training_other: 8,
  apprenticeship: 6,
  job_seeking: 27,
  inactive: 7,
  unknown: 3,
};

const REMINDER_DAYS = 7;
const REMINDERS = 2;

/**
 * The 6-month follow-ups of the closed demo pathways whose due day has passed at load time, as the
 * job would have left them: about half answered by their link, some answered by phone after the
 * reminders, the rest sent and reminded, or on the training organisation's call list (straight there
 * without an e-mail address). Deterministic: the same mix every time. Runs after the closed referrals.
 */
export async function loadDemoFollowUps(db: Db, now = new Date()): Promise<void> {
  const today = parisDay(now);
  const exited = await db
    .select({
      id: pathways.id,
      exitDate: pathways.exitDate,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      email: people.email,
      phone: people.phone,
      organisationCode: organisations.code,
    })
    .from(pathways)
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(and(isNull(pathways.source), isNotNull(pathways.exitDate)))
    .orderBy(pathways.exitDate, pathways.id);
  const [caller] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccount("training_staff").email));
  const random = seededRandom(6);
  const at = (day: string, time: string) => parisInstant(day, time);
  const rows: (typeof followUps.$inferInsert)[] = [];
  const contacts: { id: string; email: string | null; phone: string }[] = [];
  let listedTurn = 0;
  let sentTurn = 0;
  for (const pathway of exited) {
    if (!pathway.exitDate) continue;
    const dueDate = followUpDueDate(pathway.exitDate, 6);
    if (dueDate > today) continue;
    const slot = rows.length % 10;
    const hasEmail = pathway.email !== null || slot !== 9;
    if (pathway.email === null || pathway.phone === null) {
      contacts.push({
        id: pathway.personId,
        email: pathway.email ?? (hasEmail ? demoEmail(pathway, contacts.length) : null),
        phone: pathway.phone ?? fictionPhone(contacts.length),
      });
    }
    const sentAt = hasEmail ? at(dueDate, "10:00") : null;
    const reminders = hasEmail
      ? [1, 2].filter((n) => addDays(dueDate, n * REMINDER_DAYS) <= today).length
      : 0;
    const callDay = hasEmail ? addDays(dueDate, (REMINDERS + 1) * REMINDER_DAYS) : dueDate;
    const callListed = callDay <= today;
    const turn = callListed ? listedTurn++ : sentTurn++;
    const answered = callListed
      ? (["phone", null, hasEmail ? "link" : null] as const)[turn % 3]
      : turn % 2 === 0
        ? "link"
        : null;
    const answerDay =
      answered === "link"
        ? addDays(
            dueDate,
            random.integer(0, Math.min(REMINDERS * REMINDER_DAYS, daysBetween(dueDate, today))),
          )
        : addDays(callDay, random.integer(0, 6));
    const linkAnswer = answered === "link";
    const remindedBefore = linkAnswer
      ? Math.floor(daysBetween(dueDate, answerDay) / REMINDER_DAYS)
      : reminders;
    rows.push({
      pathwayId: pathway.id,
      months: 6,
      dueDate,
      tokenHash: sentAt ? hashToken(newSecretToken()) : null,
      sentAt,
      reminderCount: Math.min(remindedBefore, REMINDERS),
      lastRemindedAt:
        remindedBefore > 0
          ? at(addDays(dueDate, Math.min(remindedBefore, REMINDERS) * REMINDER_DAYS), "10:00")
          : null,
      callListedAt: !linkAnswer && callListed ? at(callDay, "10:00") : null,
      callAttempts:
        answered === null && callListed
          ? random.integer(0, 2)
          : answered === "phone"
            ? random.integer(0, 1)
            : 0,
      lastCallAttemptAt: null,
      answeredAt: answered
        ? at(answered === "phone" && answerDay > today ? today : answerDay, "18:30")
        : null,
      answerChannel: answered,
      answeredByUserId:
        answered === "phone" && pathway.organisationCode === demoAccount("training_staff").organisationCode
          ? (caller?.id ?? null)
          : null,
      ...(answered ? answersOf(random) : emptyAnswers),
    });
  }
  for (const row of rows) {
    if ((row.callAttempts ?? 0) > 0 && row.callListedAt)
      row.lastCallAttemptAt = new Date(row.callListedAt.getTime() + 86_400_000);
  }
  await insertRows(db, followUps, rows);
  if (contacts.length > 0) {
    await db.execute(sql`update ${people} set email = c.email, phone = c.phone
      from json_to_recordset(${JSON.stringify(contacts)}::json) as c(id uuid, email text, phone text)
      where ${people.id} = c.id`);
  }
}

/** Phone numbers of the range ARCEP reserves for fiction (06 39 98 xx xx). */
const fictionPhone = (index: number) => {
  const digits = String(index % 10_000).padStart(4, "0");
  return `06 39 98 ${digits.slice(0, 2)} ${digits.slice(2)}`;
};

const demoEmail = (person: { firstName: string; lastName: string }, index: number) =>
  `${person.firstName}.${person.lastName}.${index}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9.]/g, "")
    .toLowerCase()
    .concat("@exemple.test");

const emptyAnswers = {
  situation: null,
  projectIdentified: null,
  situationImproved: null,
  selfEsteem: null,
  barriersRemaining: null,
};

function answersOf(random: ReturnType<typeof seededRandom>) {
  const total = Object.values(SITUATION_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  let threshold = random.next() * total;
  let situation: Situation = "unknown";
  for (const candidate of SITUATIONS) {
    threshold -= SITUATION_WEIGHTS[candidate];
    if (threshold < 0) {
      situation = candidate;
      break;
    }
  }
  const working = !["job_seeking", "inactive", "unknown"].includes(situation);
  const barriers: BarrierTheme[] = BARRIER_THEMES.filter(
    (theme) => random.next() < (theme === "mobility" ? 0.35 : 0.1),
  );
  return {
    situation,
    projectIdentified: random.next() < (working ? 0.85 : 0.55),
    situationImproved: random.next() < (working ? 0.9 : 0.4),
    selfEsteem: working ? random.integer(3, 4) : random.integer(1, 4),
    barriersRemaining: barriers,
  };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
