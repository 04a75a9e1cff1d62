import { and, eq, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { addDays } from "../../calendar-days";
import { parisDay } from "../../paris-time";
import { visiblePathways } from "../../pathways/pathway-scope";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { lots, sites } from "../../territory/territory.tables";
import { overviewCategory } from "../interview-overview-rows";
import type { InterviewOverview } from "../tripartite-interviews.schemas";
import { tripartiteInterviews } from "../tripartite-interviews.tables";

const MISSED_SHOWN = 200;

/**
 * Per lot and site, the tripartite interviews to organise, scheduled, held and not held, among the
 * pathways of Amorce the caller may see whose interview was due (current, due date come) or that ended;
 * and the pathways that ended, or whose planned end passed, without one. Audited.
 */
export async function interviewOverview(
  db: Db,
  context: RequestContext,
  settings: { weeks: number },
  query: { lotId?: string },
): Promise<InterviewOverview> {
  const actor = context.actor as Actor;
  const today = parisDay(new Date());
  const rows = await db
    .select({
      pathwayId: pathways.id,
      exitDate: pathways.exitDate,
      plannedEndDate: pathways.plannedEndDate,
      firstName: people.firstName,
      lastName: people.lastName,
      site: { id: sites.id, code: sites.code, name: sites.name },
      lot: { id: lots.id, code: lots.code, name: lots.name },
      heldOn: tripartiteInterviews.heldOn,
      scheduledAt: tripartiteInterviews.scheduledAt,
      interviewId: tripartiteInterviews.id,
    })
    .from(pathways)
    .innerJoin(people, eq(people.id, pathways.personId))
    .innerJoin(sites, eq(sites.id, pathways.siteId))
    .innerJoin(lots, eq(lots.id, pathways.lotId))
    .leftJoin(tripartiteInterviews, eq(tripartiteInterviews.pathwayId, pathways.id))
    .where(
      and(
        visiblePathways(actor),
        isNull(pathways.source),
        query.lotId ? eq(pathways.lotId, query.lotId) : undefined,
        or(
          isNotNull(pathways.exitDate),
          isNotNull(tripartiteInterviews.id),
          lte(pathways.plannedEndDate, addDays(today, 7 * settings.weeks)),
        ),
      ),
    );
  const bySite = new Map<string, InterviewOverview["sites"][number]>();
  const missed: InterviewOverview["missed"] = [];
  for (const row of rows) {
    const interview = row.interviewId ? { heldOn: row.heldOn, scheduledAt: row.scheduledAt } : null;
    const category = overviewCategory(row, interview, today);
    const counts = bySite.get(row.site.id) ?? {
      lot: row.lot,
      site: row.site,
      toOrganise: 0,
      scheduled: 0,
      held: 0,
      notHeld: 0,
    };
    counts[category] += 1;
    bySite.set(row.site.id, counts);
    if (category === "notHeld") {
      missed.push({
        pathwayId: row.pathwayId,
        person: { firstName: row.firstName, lastName: row.lastName },
        site: row.site.name,
        lot: row.lot.name,
        plannedEndDate: row.plannedEndDate,
        exitDate: row.exitDate,
        scheduledAt: row.scheduledAt?.toISOString() ?? null,
      });
    }
  }
  const endOf = (item: (typeof missed)[number]) => item.exitDate ?? item.plannedEndDate ?? "";
  missed.sort((a, b) => endOf(b).localeCompare(endOf(a)));
  await recordAuditEvent(db, context, {
    action: "tripartite_interview.overview",
    details: { lotId: query.lotId ?? null, pathways: rows.length, missed: missed.length },
  });
  return {
    weeks: settings.weeks,
    sites: [...bySite.values()].sort(
      (a, b) => a.lot.code.localeCompare(b.lot.code) || a.site.code.localeCompare(b.site.code),
    ),
    missed: missed.slice(0, MISSED_SHOWN),
    missedTotal: missed.length,
  };
}
