import { BARRIER_THEMES } from "../../domains/barriers/barrier-catalogue";
import type { pathways } from "../../domains/pathways/pathways.tables";
import type { people } from "../../domains/people/people.tables";
import { ACTOR_KIND_LABELS, type ActorKind } from "../../domains/referrals/referral-status";
import { CURRENT_SITUATIONS, type ReferralKind } from "../../domains/referrals/referral-vocabulary";
import type { referralEvents, referrals } from "../../domains/referrals/referrals.tables";
import type { PrescriberNetwork } from "../../domains/territory/territory.vocabulary";
import { apportion, distanceKm, type Point } from "../territory/geography";
import type { Random } from "../territory/random";
import { type DatedStep, datePath, dayNumber, instant, isoDay, workday } from "./demo-calendar";
import { demoPath, weighted } from "./demo-paths";
import { demoPerson, staffName } from "./demo-people";
import { PRESCRIBER_MOTIVATIONS, SELF_REFERRAL_CONSENT, SELF_REFERRAL_HOPES } from "./demo-wording";

type DemoCommune = Point & { code: string; population: number; department: string };
type DemoSite = Point & {
  id: string;
  code: string;
  name: string;
  lotId: string;
  address: string | null;
  organisationName: string;
};
type DemoPrescriber = {
  id: string;
  code: string;
  name: string;
  network: PrescriberNetwork;
  department: string | null;
};

/** What the plan needs of the demo territory, with the ids the database gave it. */
export type DemoTerritoryRows = {
  basins: { code: string; lotId: string | null; communes: DemoCommune[] }[];
  sites: DemoSite[];
  prescribers: DemoPrescriber[];
};

export type DemoReferralRows = {
  people: (typeof people.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  events: (typeof referralEvents.$inferInsert)[];
  pathways: (typeof pathways.$inferInsert)[];
};

export const DEMO_REFERRAL_COUNT = 600;
const SELF_REFERRAL_SHARE = 0.1;
/** Referrals are sent from the first to the last of these days, and all closed by `LAST_DAY`. */
const FIRST_SENT_DAY = "2026-01-02";
const LAST_SENT_DAY = "2026-08-31";
export const LAST_DAY = "2026-10-30";
/** A pathway lasts 3 to 4 months; one that would still run on `LAST_DAY` ended early, that day. */
const PATHWAY_DAYS = { min: 85, max: 120 };

/** The prescriber networks' shares, in per cent: France Travail and the Missions Locales first. */
export const NETWORK_SHARES: [PrescriberNetwork, number][] = [
  ["france_travail", 40],
  ["mission_locale", 28],
  ["departmental_council", 8],
  ["cap_emploi", 7],
  ["iae", 5],
  ["ccas_cias", 4],
  ["city_policy", 3],
  ["other", 3],
  ["university", 2],
];

/**
 * How much a basin prescribes for its size: less the more of its people live in rural communes (under
 * 2,000 inhabitants), so that the demo shows the 2021 evaluation's rural blind spot. A fully rural
 * basin prescribes at a tenth of a city's rate.
 */
const prescribingWeight = (ruralShare: number) => 1 - 0.9 * ruralShare;

/** A version 4 UUID drawn from the seeded generator: the same demo, ids included, every time. */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random.next() * 2 ** 32)
      .toString(16)
      .padStart(8, "0"),
  ).join("");
  const variant = (8 + (Number.parseInt(hex[16] ?? "0", 16) % 4)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Who acts in the demo's histories: two advisors per prescriber, two staff per site. */
function demoStaff(territory: DemoTerritoryRows, random: Random) {
  const names = new Map<string, string[]>();
  for (const { id } of [...territory.prescribers, ...territory.sites]) {
    names.set(id, [staffName(random), staffName(random)]);
  }
  return (id: string) => random.pick(names.get(id) ?? []);
}

/**
 * About 600 closed referrals of 2026, their people, histories and pathways: people live in every basin
 * (fewer referrals from the rural ones), go mostly to the nearest site of their basin's lot, and are
 * referred by every network. The same territory and seed give the same rows.
 */
export function planDemoReferrals(territory: DemoTerritoryRows, random: Random): DemoReferralRows {
  const rows: DemoReferralRows = { people: [], referrals: [], events: [], pathways: [] };
  const basins = territory.basins.flatMap(({ lotId, communes }) => {
    const sites = territory.sites.filter((site) => site.lotId === lotId);
    return lotId && sites.length > 0 && communes.length > 0 ? [{ lotId, communes, sites }] : [];
  });
  const counts = apportion(
    DEMO_REFERRAL_COUNT,
    basins.map(({ communes }) => {
      const population = communes.reduce((sum, commune) => sum + commune.population, 0);
      const rural = communes
        .filter((commune) => commune.population < 2000)
        .reduce((sum, commune) => sum + commune.population, 0);
      return population * prescribingWeight(rural / population) * (0.8 + 0.4 * random.next());
    }),
  );
  const staff = demoStaff(territory, random);
  const networks = new Map(
    NETWORK_SHARES.map(([network]) => [
      network,
      territory.prescribers.filter((org) => org.network === network),
    ]),
  );

  basins.forEach(({ lotId, communes, sites }, index) => {
    const residents = communes.map((commune) => [commune, commune.population] as const);
    for (let count = 0; count < (counts[index] ?? 0); count += 1) {
      const commune = weighted(random, residents);
      const nearest = [...sites].sort((a, b) => distanceKm(commune, a) - distanceKm(commune, b))[0];
      const site = random.next() < 0.8 && nearest ? nearest : random.pick(sites);
      const kind: ReferralKind = random.next() < SELF_REFERRAL_SHARE ? "self_referral" : "prescription";
      const ofNetwork = networks.get(weighted(random, NETWORK_SHARES)) ?? [];
      const prescriber =
        kind === "self_referral"
          ? null
          : (ofNetwork.find((org) => org.department === commune.department) ?? random.pick(ofNetwork));
      planReferral(rows, random, staff, { kind, commune, lotId, site, prescriber });
    }
  });
  return rows;
}

/** One referral, sent on a weekday of the period, its person, its history and, when entered, its pathway. */
function planReferral(
  rows: DemoReferralRows,
  random: Random,
  staff: (id: string) => string,
  {
    kind,
    commune,
    lotId,
    site,
    prescriber,
  }: {
    kind: ReferralKind;
    commune: DemoCommune;
    lotId: string;
    site: DemoSite;
    prescriber: DemoPrescriber | null;
  },
): void {
  const steps = demoPath(random, kind);
  let sent = workday(random.integer(dayNumber(FIRST_SENT_DAY), dayNumber(LAST_SENT_DAY)));
  while ((datePath(sent, steps).at(-1)?.day ?? sent) > dayNumber(LAST_DAY)) sent -= 7;
  const dated = datePath(sent, steps);
  const id = seededUuid(random);
  const person = demoPerson(random, seededUuid(random), commune.code, instant(sent, 0));
  const actorLabel = (actorKind: ActorKind) =>
    actorKind === "prescriber" && prescriber
      ? `${staff(prescriber.id)} (${prescriber.name})`
      : actorKind === "training_organisation"
        ? `${staff(site.id)} (${site.organisationName})`
        : ACTOR_KIND_LABELS[actorKind];
  const place = site.address ?? site.name;
  const invitation = dated.filter((entry) => entry.appointment !== null).at(-1);
  const entered = dated.find((entry) => entry.step.to === "entered");
  const refusal = dated.find((entry) => entry.step.to === "refused")?.step;
  const last = dated.at(-1);
  const closedAt = instant(last?.day ?? sent, dated.length);

  rows.people.push(person);
  rows.referrals.push({
    id,
    kind,
    status: last?.step.to ?? "sent",
    personId: person.id,
    lotId,
    siteId: site.id,
    prescriberOrganisationId: prescriber?.id ?? null,
    situation: random.pick(CURRENT_SITUATIONS.slice(0, 4)),
    motivation: random.pick(kind === "prescription" ? PRESCRIBER_MOTIVATIONS : SELF_REFERRAL_HOPES),
    knownBarriers: random.shuffle(BARRIER_THEMES).slice(0, random.integer(0, 2)),
    consentedAt: kind === "self_referral" ? instant(sent, 0) : null,
    consentText: kind === "self_referral" ? SELF_REFERRAL_CONSENT : null,
    appointmentAt: invitation?.appointment ? instant(invitation.appointment, 1) : null,
    appointmentPlace: invitation ? place : null,
    plannedEntryDate: entered ? isoDay(entered.day) : null,
    refusalReason: refusal?.reasonCode ?? null,
    refusalShared: refusal?.sharedWithPrescriber ?? false,
    sentAt: instant(sent, 0),
    statusChangedAt: closedAt,
    updatedAt: closedAt,
  });
  const creator: ActorKind = kind === "prescription" ? "prescriber" : "person";
  rows.events.push(
    {
      referralId: id,
      at: instant(sent, 0),
      kind: "created",
      fromStatus: null,
      toStatus: "sent",
      actorKind: creator,
      actorLabel: actorLabel(creator),
      reasonCode: null,
      reasonText: null,
      sharedWithPrescriber: false,
      details: null,
    },
    ...dated.map(({ step, day }, index) => ({
      referralId: id,
      at: instant(day, index + 1),
      kind: "status_changed" as const,
      fromStatus: dated[index - 1]?.step.to ?? "sent",
      toStatus: step.to,
      actorKind: step.actorKind,
      actorLabel: actorLabel(step.actorKind),
      reasonCode: step.reasonCode ?? null,
      reasonText: step.reasonText ?? null,
      sharedWithPrescriber: step.sharedWithPrescriber ?? false,
      details: eventDetails(dated[index] as DatedStep, entered, place),
    })),
  );
  if (entered) {
    const plannedExit = entered.day + random.integer(PATHWAY_DAYS.min, PATHWAY_DAYS.max);
    const exit = Math.min(plannedExit, dayNumber(LAST_DAY));
    rows.pathways.push({
      personId: person.id,
      referralId: id,
      siteId: site.id,
      lotId,
      entryDate: isoDay(entered.day),
      plannedEndDate: isoDay(plannedExit),
      exitDate: isoDay(exit),
      exitReason: exit < plannedExit ? "early_exit_other" : "completed",
      createdAt: instant(entered.day, dated.length),
      updatedAt: instant(exit, 0),
    });
  }
}

/** What a change set besides the status, as the referral use cases record it. */
function eventDetails(
  { step, day, appointment }: DatedStep,
  entered: DatedStep | undefined,
  place: string,
): Record<string, string | null> | null {
  if (appointment !== null) {
    return { appointmentAt: instant(appointment, 1).toISOString(), appointmentPlace: place };
  }
  if (step.to === "accepted") return { plannedEntryDate: entered ? isoDay(entered.day) : null };
  if (step.to === "entered") return { entryDate: isoDay(day) };
  return null;
}
