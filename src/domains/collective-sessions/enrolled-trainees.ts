import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { pathways } from "../pathways/pathways.tables";
import { people } from "../people/people.tables";
import { sessionEnrolments } from "./collective-sessions.tables";

/** The trainees enrolled in a session, by name. */
export function enrolledTrainees(db: Db, sessionId: string) {
  return db
    .select({
      pathwayId: sessionEnrolments.pathwayId,
      person: {
        id: people.id,
        lastName: people.lastName,
        firstName: people.firstName,
        birthDate: people.birthDate,
      },
    })
    .from(sessionEnrolments)
    .innerJoin(pathways, eq(pathways.id, sessionEnrolments.pathwayId))
    .innerJoin(people, eq(people.id, pathways.personId))
    .where(eq(sessionEnrolments.sessionId, sessionId))
    .orderBy(asc(people.lastName), asc(people.firstName));
}

export const traineeName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;
