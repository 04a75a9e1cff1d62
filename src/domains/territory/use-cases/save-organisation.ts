import { eq, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { OrganisationBody, OrganisationItem } from "../territory.schemas";
import { lots, organisations, sites } from "../territory.tables";
import { ensureCodeFree, ensureExists } from "../territory-guards";
import { listOrganisations } from "./list-organisations";

/**
 * Creates an organisation (no `id`) or updates one. Organisations are never deleted: sites, lots and
 * accounts refer to them; `active: false` retires one.
 */
export async function saveOrganisation(
  db: Db,
  context: RequestContext,
  input: OrganisationBody & { id?: string },
): Promise<OrganisationItem> {
  if ((input.kind === "prescriber") !== (input.networkType !== null)) {
    throw badRequest("Une structure prescriptrice, et elle seule, indique son réseau.");
  }
  if (input.consortiumId && input.kind !== "training_organisation") {
    throw badRequest("Seul un organisme de formation peut être membre d'un groupement.");
  }
  if (input.leadMemberId && input.kind !== "consortium") {
    throw badRequest("Seul un groupement a un membre mandataire.");
  }
  return db.transaction(async (tx) => {
    if (input.id) {
      await ensureExists(tx, organisations, input.id);
      const [current] = await listOrganisations(tx, { id: input.id });
      if (current?.kind === "region") throw badRequest("L'organisation de la Région ne se modifie pas ici.");
      if (current && current.kind !== input.kind && (await runsLotsOrSites(tx, input.id))) {
        throw conflict("Cette organisation porte des lots ou des sites : son type ne peut pas changer.");
      }
      if (current?.kind === "consortium" && input.kind !== "consortium" && current.members.length > 0) {
        throw conflict("Ce groupement a des membres : retirez-les avant de changer son type.");
      }
    }
    await ensureCodeFree(tx, organisations, input.code, input.id);
    if (input.consortiumId) {
      const [consortium] = await listOrganisations(tx, { id: input.consortiumId });
      if (consortium?.kind !== "consortium") throw badRequest("Le groupement indiqué n'existe pas.");
    }
    if (input.leadMemberId) {
      const [lead] = await listOrganisations(tx, { id: input.leadMemberId });
      if (!input.id || lead?.consortium?.id !== input.id) {
        throw badRequest("Le membre mandataire doit être un membre de ce groupement.");
      }
    }
    const { id, ...fields } = input;
    const [saved] = id
      ? await tx
          .update(organisations)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(organisations.id, id))
          .returning({ id: organisations.id })
      : await tx.insert(organisations).values(fields).returning({ id: organisations.id });
    if (!saved) throw new Error("organisation not saved");
    await recordAuditEvent(tx, context, {
      action: id ? "organisation.update" : "organisation.create",
      recordType: "organisation",
      recordId: saved.id,
      details: { code: input.code, kind: input.kind, active: input.active },
    });
    const [item] = await listOrganisations(tx, { id: saved.id });
    if (!item) throw new Error("organisation not saved");
    return item;
  });
}

async function runsLotsOrSites(db: Db, organisationId: string): Promise<boolean> {
  const [found] = await db
    .select({ one: sql`1` })
    .from(organisations)
    .leftJoin(lots, eq(lots.operatorId, organisations.id))
    .leftJoin(sites, eq(sites.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId))
    .groupBy(organisations.id)
    .having(or(sql`count(${lots.id}) > 0`, sql`count(${sites.id}) > 0`));
  return found !== undefined;
}
