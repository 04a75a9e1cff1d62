import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { internshipFor } from "../internship-record";
import { checkInternshipTransition } from "../internship-status";
import type { InternshipItem } from "../internships.schemas";
import { internships } from "../internships.tables";
import { internshipView } from "./list-internships";

/** Cancels an internship not yet completed: its signature links stop working. */
export async function cancelInternship(db: Db, context: RequestContext, id: string): Promise<InternshipItem> {
  await db.transaction(async (tx) => {
    const { internship } = await internshipFor(tx, context.actor as Actor, id, "manage", { forUpdate: true });
    const check = checkInternshipTransition(internship.status, "cancelled");
    if (!check.ok) throw conflict(check.message);
    await tx
      .update(internships)
      .set({ status: "cancelled", updatedAt: new Date() })
      .where(eq(internships.id, id));
    await recordAuditEvent(tx, context, {
      action: "internship.cancel",
      recordType: "internship",
      recordId: id,
    });
  });
  return internshipView(db, id);
}
