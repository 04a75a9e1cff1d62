import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { parisDay } from "../paris-time";
import type { PathwayRecord } from "../pathways/pathway-record";
import { people } from "../people/people.tables";
import { checkExit } from "./exit-rules";
import type { EntryProfile, ExitView } from "./exits.schemas";

type ExitColumns = Pick<
  PathwayRecord,
  | "entryDate"
  | "plannedEndDate"
  | "exitDate"
  | "exitReason"
  | "situationAtExit"
  | "nextStep"
  | "exitRecordedAt"
  | "exitRecordedByUserId"
>;

/** A pathway's exit as the pages show it, with who recorded it; `null` while the pathway runs. */
export async function exitViewOf(db: Db, pathway: ExitColumns): Promise<ExitView | null> {
  if (!pathway.exitDate || !pathway.exitReason) return null;
  const [recorder] = pathway.exitRecordedByUserId
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, pathway.exitRecordedByUserId))
    : [];
  const warnings =
    pathway.situationAtExit && pathway.nextStep
      ? checkExit({
          entryDate: pathway.entryDate,
          plannedEndDate: pathway.plannedEndDate,
          today: parisDay(new Date()),
          exitDate: pathway.exitDate,
          reason: pathway.exitReason,
          situationAtExit: pathway.situationAtExit,
          nextStep: pathway.nextStep,
        }).warnings
      : [];
  return {
    exitDate: pathway.exitDate,
    reason: pathway.exitReason,
    situationAtExit: pathway.situationAtExit,
    nextStep: pathway.nextStep,
    recordedAt: pathway.exitRecordedAt?.toISOString() ?? null,
    recordedBy: recorder ?? null,
    warnings,
  };
}

type ProfileColumns = Pick<
  PathwayRecord,
  "personId" | "situationBefore12m" | "qualificationLevel" | "workedPrior12m" | "rqth" | "qpv"
>;

/** The profile asked at entry: the pathway's answers and the person's gender. */
export async function entryProfileOf(db: Db, pathway: ProfileColumns): Promise<EntryProfile> {
  const [person] = await db
    .select({ gender: people.gender })
    .from(people)
    .where(eq(people.id, pathway.personId));
  return {
    situationBefore12m: pathway.situationBefore12m,
    qualificationLevel: pathway.qualificationLevel,
    workedPrior12m: pathway.workedPrior12m,
    rqth: pathway.rqth,
    qpv: pathway.qpv,
    gender: person?.gender ?? null,
  };
}
