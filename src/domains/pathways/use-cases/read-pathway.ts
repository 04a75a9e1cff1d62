import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { entryProfileOf, exitViewOf } from "../../exits/exit-record";
import { mayReadCertificate } from "../../exits/use-cases/read-certificate";
import { people } from "../../people/people.tables";
import { PATHWAY_NOT_FOUND, pathwayFor } from "../pathway-record";
import type { PathwayDetail } from "../pathways.schemas";
import { pathways } from "../pathways.tables";
import { fromPathwayQuery, toPathwaySummary } from "./list-pathways";

/**
 * One pathway: the trainee and how to reach them, where and since when, the profile at entry, the exit,
 * and what the caller may do. Audited.
 */
export async function readPathway(db: Db, context: RequestContext, id: string): Promise<PathwayDetail> {
  const actor = context.actor as Actor;
  const { pathway, resource } = await pathwayFor(db, actor, id, "read");
  const [summary] = await fromPathwayQuery(db).where(eq(pathways.id, id));
  const [contact] = await db
    .select({ email: people.email, phone: people.phone })
    .from(people)
    .where(eq(people.id, pathway.personId));
  if (!summary || !contact) throw new Error(PATHWAY_NOT_FOUND);
  const [account] = await db
    .select({ since: users.createdAt, lastSignInAt: users.lastLoginAt })
    .from(users)
    .where(and(eq(users.personId, pathway.personId), eq(users.active, true)));
  await recordAuditEvent(db, context, { action: "pathway.read", recordType: "pathway", recordId: id });
  const base = toPathwaySummary(summary);
  return {
    ...base,
    referralId: pathway.referralId,
    person: { ...base.person, ...contact },
    traineeAccess: account
      ? { since: account.since.toISOString(), lastSignInAt: account.lastSignInAt?.toISOString() ?? null }
      : null,
    entryProfile: await entryProfileOf(db, pathway),
    exit: await exitViewOf(db, pathway),
    may: {
      manage: can(actor, "manage", "Pathway", resource),
      readSensitiveBarriers: can(actor, "read", "SensitiveBarrier", resource),
      readCertificate: pathway.exitDate !== null && mayReadCertificate(actor),
    },
  };
}
