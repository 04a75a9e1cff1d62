import type { Db } from "../../../db/database";
import { badRequest, forbidden, notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { parisDay } from "../../paris-time";
import { assessBasinCoverage } from "../basin-coverage";
import {
  REFERRAL_CHANNEL_LABELS,
  REFERRAL_CHANNELS,
  type ReferralChannel,
  type ReferralStatistics,
  type ReferralStatisticsQuery,
} from "../referral-statistics.schemas";
import {
  countByBasin,
  countByChannel,
  countBySite,
  listLotReferences,
  type StatisticsScope,
} from "../referral-statistics-sql";
import { lastTwelveMonths, type Period } from "../statistics-period";

/** The lots an actor may see statistics of: a territorial officer's own, every lot (`null`) otherwise. */
const visibleLots = (actor: Actor): readonly string[] | null =>
  actor.role === "territorial_officer" ? actor.lotIds : null;

function periodOf(query: ReferralStatisticsQuery, now: Date): Period {
  const fallback = lastTwelveMonths(query.to ?? parisDay(now));
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (period.from > period.to) {
    throw badRequest("La date de début de la période doit précéder sa date de fin (ou lui être égale).");
  }
  return period;
}

/**
 * Referral volumes of a period by channel (prescriber network or self-referral), site and basin of
 * residence, and the basins that receive too few: for the whole region, or for the lots the caller follows.
 * A territorial officer asking for a lot they do not follow is refused.
 */
export async function readReferralStatistics(
  db: Db,
  context: RequestContext,
  query: ReferralStatisticsQuery,
  now = new Date(),
): Promise<ReferralStatistics> {
  const { actor } = context;
  if (!actor || !can(actor, "read", "ReferralStatistics")) throw forbidden();
  const period = periodOf(query, now);
  const visible = visibleLots(actor);
  const lots = await listLotReferences(db, visible);
  const lot = query.lotId ? lots.find((candidate) => candidate.id === query.lotId) : undefined;
  if (query.lotId && !lot) {
    throw visible === null
      ? notFound("Lot introuvable.")
      : forbidden("Vous ne suivez pas ce lot : ses statistiques ne vous sont pas accessibles.");
  }
  const scope: StatisticsScope = { lotIds: lot ? [lot.id] : visible, period };
  const [channels, sites, basins] = await Promise.all([
    countByChannel(db, scope),
    countBySite(db, scope),
    countByBasin(db, scope),
  ]);
  await recordAuditEvent(db, context, {
    action: "referralStatistics.read",
    recordType: lot ? "lot" : undefined,
    recordId: lot?.id,
    details: { from: period.from, to: period.to },
  });

  const byChannel = new Map<ReferralChannel, { referrals: number; entered: number }>();
  for (const row of channels) {
    const channel: ReferralChannel =
      row.kind === "self_referral" ? "self_referral" : (row.network ?? "other");
    const sum = byChannel.get(channel) ?? { referrals: 0, entered: 0 };
    byChannel.set(channel, { referrals: sum.referrals + row.referrals, entered: sum.entered + row.entered });
  }
  const total = (pick: (row: (typeof channels)[number]) => number, kind?: string) =>
    channels.filter((row) => !kind || row.kind === kind).reduce((sum, row) => sum + pick(row), 0);
  const coverage = assessBasinCoverage(basins);

  return {
    period,
    lot: lot ?? null,
    lots,
    totals: {
      referrals: total((row) => row.referrals, "prescription"),
      selfReferrals: total((row) => row.referrals, "self_referral"),
      entered: total((row) => row.entered),
      withoutSite: total((row) => row.withoutSite),
    },
    channels: REFERRAL_CHANNELS.map((channel) => ({
      channel,
      label: REFERRAL_CHANNEL_LABELS[channel],
      ...(byChannel.get(channel) ?? { referrals: 0, entered: 0 }),
    })),
    sites,
    basins: coverage.basins.map(({ lotId, lotCode, lotName, ruralPopulation: _rural, ...basin }) => ({
      ...basin,
      lot: lotId && lotCode && lotName ? { id: lotId, code: lotCode, name: lotName } : null,
    })),
    area: coverage.area,
  };
}
