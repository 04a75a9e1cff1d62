import { asc, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { informationSessions } from "../domains/information-sessions/information-sessions.tables";
import { parisDay } from "../domains/paris-time";
import { sites } from "../domains/territory/territory.tables";

const ACCESSIBILITY = [
  "Accessible en fauteuil roulant, arrêt de bus à 200 m.",
  "Rez-de-chaussée, parking gratuit devant le bâtiment.",
  "Ascenseur jusqu'au 1er étage, gare SNCF à 10 minutes à pied.",
  "Plain-pied, accès par la cour, arrêt de car « Mairie » à 100 m.",
  "Salle adaptée aux personnes à mobilité réduite, places de parking réservées.",
];
const SESSION_TIMES = ["09:30", "14:00"] as const;
const SESSIONS_PER_SITE = 2;
const WELCOME_ROOM = "Salle d'accueil du site";
const DAY_MS = 86_400_000;

type DemoSiteRow = { id: string; code: string; address: string | null };

/**
 * What a demo site tells the public: a phone number in the range ARCEP reserves for fiction
 * (01 99 00 xx xx), an address on the reserved `.test` domain, one of a few accessibility sentences.
 */
export function demoSiteContact(code: string, index: number) {
  const digits = String(index + 1).padStart(4, "0");
  return {
    accessibility: ACCESSIBILITY[index % ACCESSIBILITY.length] ?? null,
    contactPhone: `01 99 00 ${digits.slice(0, 2)} ${digits.slice(2)}`,
    contactEmail: `accueil.${code.toLowerCase()}@exemple.test`,
  };
}

/** `day` (YYYY-MM-DD) moved `days` ahead, then on to the next weekday if it falls on a week-end. */
function weekdayAfter(day: string, days: number): string {
  const date = new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
  const weekday = date.getUTCDay();
  const toMonday = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return new Date(date.getTime() + toMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Two information sessions per site in the coming weeks, from `today` (Paris calendar day): on a
 * weekday, at 09:30 or 14:00 Paris time, at least three days ahead, two weeks apart.
 */
export function planDemoInformationSessions(siteRows: readonly DemoSiteRow[], today: string) {
  return siteRows.flatMap((site, index) =>
    Array.from({ length: SESSIONS_PER_SITE }, (_, turn) => ({
      siteId: site.id,
      day: weekdayAfter(today, 3 + (index % 10) + 14 * turn),
      time: SESSION_TIMES[(index + turn) % SESSION_TIMES.length] ?? "09:30",
      place: turn === 0 || !site.address ? WELCOME_ROOM : site.address,
      seats: 8 + 2 * (index % 3),
    })),
  );
}

/**
 * The demo sites' public offer: contact and accessibility (deterministic, by site code), and
 * information sessions. These are the only part of the demo dated from the day it is loaded: the
 * public sees a site's sessions still to come only, so fixed dates would all be past one day.
 * One update and one insert, whatever the number of sites.
 */
export async function loadDemoPublicOffer(db: Db, today = parisDay(new Date())): Promise<void> {
  const siteRows = await db
    .select({ id: sites.id, code: sites.code, address: sites.address })
    .from(sites)
    .orderBy(asc(sites.code));
  const contacts = siteRows.map((site, index) => ({ id: site.id, ...demoSiteContact(site.code, index) }));
  await db.execute(
    sql`update ${sites} set accessibility = offer."accessibility", contact_phone = offer."contactPhone",
          contact_email = offer."contactEmail"
        from json_to_recordset(${JSON.stringify(contacts)}::json)
          as offer(id uuid, "accessibility" text, "contactPhone" text, "contactEmail" text)
        where ${sites}.id = offer.id`,
  );
  const sessions = planDemoInformationSessions(siteRows, today);
  await db.execute(
    sql`insert into ${informationSessions} (site_id, starts_at, place, seats)
        select plan."siteId", (plan.day + plan.time) at time zone 'Europe/Paris', plan.place, plan.seats
        from json_to_recordset(${JSON.stringify(sessions)}::json)
          as plan("siteId" uuid, day date, time time, place text, seats integer)`,
  );
}
