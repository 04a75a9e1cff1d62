import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { entryProfileOf } from "../exit-record";
import type { EntryProfile, entryProfileBody } from "../exits.schemas";

/** A pathway's profile at entry, for whoever may read the pathway. Audited. */
export async function readEntryProfile(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<EntryProfile> {
  const { pathway } = await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  await recordAuditEvent(db, context, {
    action: "pathway.entryProfileRead",
    recordType: "pathway",
    recordId: pathwayId,
  });
  return entryProfileOf(db, pathway);
}

/** Records the answers asked at entry (the gender on the person), for the site's training staff. Audited. */
export async function updateEntryProfile(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  body: z.output<typeof entryProfileBody>,
): Promise<EntryProfile> {
  return db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, context.actor as Actor, pathwayId, "manage", {
      forUpdate: true,
    });
    const { gender, ...answers } = body;
    const [updated] = await tx
      .update(pathways)
      .set({ ...answers, updatedAt: new Date() })
      .where(eq(pathways.id, pathwayId))
      .returning();
    await tx.update(people).set({ gender, updatedAt: new Date() }).where(eq(people.id, pathway.personId));
    await recordAuditEvent(tx, context, {
      action: "pathway.entryProfileUpdate",
      recordType: "pathway",
      recordId: pathwayId,
      details: { fields: Object.keys(body) },
    });
    return entryProfileOf(tx, updated ?? pathway);
  });
}
