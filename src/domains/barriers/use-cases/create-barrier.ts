import type { Db } from "../../../db/database";
import { badRequest } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { BARRIER_CATALOGUE, isSituationOf } from "../barrier-catalogue";
import { recordBarrierEvent } from "../barrier-record";
import type { BarrierBody } from "../barriers.schemas";
import { barriers } from "../barriers.tables";

/** Adds a barrier from the catalogue to a pathway's diagnosis, with its first history row. */
export async function createBarrier(
  db: Db,
  context: RequestContext,
  input: BarrierBody & { pathwayId: string },
): Promise<string> {
  const actor = context.actor as Actor;
  const theme = BARRIER_CATALOGUE[input.theme];
  if (!isSituationOf(input.theme, input.situation)) {
    throw badRequest(
      `Cette situation ne fait pas partie du thème « ${theme.label} » : choisissez-en une de la liste.`,
    );
  }
  const today = parisDay(new Date());
  const identifiedOn = input.identifiedOn ?? today;
  if (identifiedOn > today) throw badRequest("Le frein ne peut pas être repéré à une date future.");
  return db.transaction(async (tx) => {
    await pathwayFor(tx, actor, input.pathwayId, "manage");
    const [barrier] = await tx
      .insert(barriers)
      .values({
        pathwayId: input.pathwayId,
        theme: input.theme,
        situation: input.situation,
        severity: input.severity,
        details: input.details,
        identifiedOn,
        createdByUserId: actor.userId,
      })
      .returning({ id: barriers.id });
    if (!barrier) throw new Error("barrier not created");
    await recordBarrierEvent(tx, actor, {
      barrierId: barrier.id,
      kind: "identified",
      toStatus: "identified",
    });
    await recordAuditEvent(tx, context, {
      action: "barrier.create",
      recordType: "barrier",
      recordId: barrier.id,
      details: { pathwayId: input.pathwayId, theme: input.theme },
    });
    return input.pathwayId;
  });
}
