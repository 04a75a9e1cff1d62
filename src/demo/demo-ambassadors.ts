import { and, asc, desc, eq, gt, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { users } from "../domains/accounts/accounts.tables";
import { ambassadorInvitations, ambassadors } from "../domains/alumni/alumni.tables";
import { AMBASSADOR_CONSENT_TEXT } from "../domains/alumni/use-cases/become-ambassador";
import { addDays } from "../domains/calendar-days";
import { informationSessions } from "../domains/information-sessions/information-sessions.tables";
import { parisInstant } from "../domains/paris-time";
import { pathways } from "../domains/pathways/pathways.tables";
import { people } from "../domains/people/people.tables";
import { organisations, sites } from "../domains/territory/territory.tables";
import { demoAccount } from "./demo-accounts";

/** What the demo's ambassadors would like to tell newcomers, in their words. */
const MESSAGES = [
  "J'ai trouvé un CDD de six mois après mon stage. Je veux dire aux autres que ça vaut le coup de s'accrocher.",
  "Je suis entrée en formation d'aide-soignante en septembre. Je peux venir le mercredi après-midi.",
  null,
] as const;

/** Phone numbers of the range ARCEP reserves for fiction (06 39 98 xx xx). */
const fictionPhone = (index: number) => `06 39 98 00 ${String(10 + index).padStart(2, "0")}`;

const emailOf = (firstName: string, lastName: string) =>
  `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase()
    .concat("@exemple.test");

/**
 * Three people who ended a 2026 pathway at one of OF01's sites (the most recent exits) agreed to
 * testify: their e-mail and phone are filled in (fictitious), the day after their exit. The first is
 * invited by the demo trainer to the next information session of the site they went to, and accepted.
 * Runs after the closed referrals; the session is from the public offer, dated from the day of loading.
 */
export async function loadDemoAmbassadors(db: Db): Promise<void> {
  const candidates = await db
    .select({
      personId: pathways.personId,
      siteId: pathways.siteId,
      exitDate: pathways.exitDate,
      firstName: people.firstName,
      lastName: people.lastName,
    })
    .from(pathways)
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(
      and(eq(organisations.code, "OF01"), isNotNull(pathways.exitDate), gt(pathways.exitDate, "2026-01-01")),
    )
    .orderBy(desc(pathways.exitDate), asc(people.lastName), asc(people.id))
    .limit(10);
  const chosen = candidates
    .filter((row, index) => candidates.findIndex((other) => other.personId === row.personId) === index)
    .slice(0, MESSAGES.length);
  const created: { id: string; siteId: string }[] = [];
  for (const [index, person] of chosen.entries()) {
    await db
      .update(people)
      .set({ email: emailOf(person.firstName, person.lastName), phone: fictionPhone(index) })
      .where(eq(people.id, person.personId));
    const [row] = await db
      .insert(ambassadors)
      .values({
        personId: person.personId,
        optedInAt: parisInstant(addDays(person.exitDate ?? "2026-01-01", 1), "10:00"),
        consentText: AMBASSADOR_CONSENT_TEXT,
        message: MESSAGES[index] ?? null,
      })
      .returning({ id: ambassadors.id });
    if (row) created.push({ id: row.id, siteId: person.siteId });
  }
  const first = created[0];
  if (!first) return;
  const [session] = await db
    .select({ id: informationSessions.id })
    .from(informationSessions)
    .where(and(eq(informationSessions.siteId, first.siteId), gt(informationSessions.startsAt, sql`now()`)))
    .orderBy(asc(informationSessions.startsAt))
    .limit(1);
  const [trainer] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccount("training_staff").email));
  if (!session) return;
  await db.insert(ambassadorInvitations).values({
    ambassadorId: first.id,
    informationSessionId: session.id,
    invitedByUserId: trainer?.id ?? null,
    response: "accepted",
    respondedAt: new Date(),
  });
}
