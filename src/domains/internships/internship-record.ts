import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { notFound } from "../../server/http-errors";
import type { Actor } from "../authorization/actor";
import type { Action } from "../authorization/policies";
import { pathwayFor } from "../pathways/pathway-record";
import { trainingStaffOf } from "../referrals/referral-record";
import { receivingOrganisationIds } from "../referrals/referral-scope";
import { internships } from "./internships.tables";

export const INTERNSHIP_NOT_FOUND = "Stage introuvable.";

export type InternshipRow = typeof internships.$inferSelect;

/**
 * An internship the actor may act on through its pathway (`action` on `Pathway`), locked for the rest of
 * the transaction when `forUpdate`. One of a pathway they may not read is « introuvable ».
 */
export async function internshipFor(
  db: Db,
  actor: Actor,
  id: string,
  action: Action,
  options: { forUpdate?: boolean } = {},
) {
  const query = db.select().from(internships).where(eq(internships.id, id));
  const [internship] = options.forUpdate ? await query.for("update") : await query;
  if (!internship) throw notFound(INTERNSHIP_NOT_FOUND);
  const { pathway, resource } = await pathwayFor(db, actor, internship.pathwayId, action);
  return { internship, pathway, resource };
}

/** The training staff who run an internship's pathway: its site's organisation (the lot's if none there). */
export async function internshipStaff(db: Db, pathway: { lotId: string; siteId: string }) {
  const receiving = await receivingOrganisationIds(db, pathway);
  const ofSite = await trainingStaffOf(db, receiving.slice(0, 1));
  return ofSite.length > 0 ? ofSite : trainingStaffOf(db, receiving);
}

/** The page of the pathway's internships tab, for notifications. */
export const internshipsTabLink = (pathwayId: string) => `/parcours/${pathwayId}?onglet=stages`;
