import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { findSamePerson } from "../../people/find-or-create-person";
import { communes, lots, sites } from "../../territory/territory.tables";
import { OPEN_STATUSES } from "../referral-status";
import type { PersonMatch, personSearchQuery } from "../referrals.schemas";
import { referrals } from "../referrals.tables";

/**
 * Before referring someone, a prescriber checks whether Amorce already knows them: only an exact match
 * on name + birth date or on the France Travail identifier answers (never a list of lookalikes), with
 * the referrals still open so that none is sent twice. Every search is audited.
 */
export async function searchPeople(
  db: Db,
  context: RequestContext,
  query: z.infer<typeof personSearchQuery>,
): Promise<PersonMatch[]> {
  const actor = context.actor as Actor;
  const matches = await findSamePerson(db, {
    lastName: query.lastName ?? "",
    firstName: query.firstName ?? "",
    birthDate: query.birthDate ?? "",
    franceTravailId: query.franceTravailId ?? null,
  });
  const ids = matches.map((person) => person.id);
  const open = ids.length
    ? await db
        .select({
          id: referrals.id,
          personId: referrals.personId,
          kind: referrals.kind,
          status: referrals.status,
          prescriberOrganisationId: referrals.prescriberOrganisationId,
          siteName: sites.name,
          lotName: lots.name,
          sentAt: referrals.sentAt,
        })
        .from(referrals)
        .innerJoin(lots, eq(lots.id, referrals.lotId))
        .leftJoin(sites, eq(sites.id, referrals.siteId))
        .where(and(inArray(referrals.personId, ids), inArray(referrals.status, OPEN_STATUSES)))
        .orderBy(asc(referrals.sentAt))
    : [];
  const communeNames = new Map(
    (ids.length
      ? await db
          .select({ code: communes.code, name: communes.name })
          .from(communes)
          .where(
            inArray(
              communes.code,
              matches.map((person) => person.communeCode),
            ),
          )
      : []
    ).map((commune) => [commune.code, commune.name]),
  );
  await recordAuditEvent(db, context, {
    action: "person.search",
    recordType: "person",
    details: { matches: ids.length },
  });
  return matches.map((person) => ({
    id: person.id,
    lastName: person.lastName,
    firstName: person.firstName,
    birthDate: person.birthDate,
    communeName: communeNames.get(person.communeCode) ?? person.communeCode,
    openReferrals: open
      .filter((referral) => referral.personId === person.id)
      .map((referral) => ({
        id: referral.id,
        kind: referral.kind,
        status: referral.status,
        siteName: referral.siteName,
        lotName: referral.lotName,
        sentAt: referral.sentAt.toISOString(),
        ours:
          referral.prescriberOrganisationId !== null &&
          referral.prescriberOrganisationId === actor.organisationId,
        confirmable: referral.kind === "self_referral" && referral.prescriberOrganisationId === null,
      })),
  }));
}
