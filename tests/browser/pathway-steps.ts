import type { Page } from "@playwright/test";
import { signIn } from "./support";
import { apiGet, apiSend, listOf, type Named } from "./territory-steps";

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

/** Today in Paris, `YYYY-MM-DD`, `days` days later. */
export const parisDay = (days = 0) => PARIS_DAY.format(new Date(Date.now() + days * 86_400_000));

export type SiteItem = Named & {
  active: boolean;
  capacity: number;
  mandatoryRural: boolean;
  address: string | null;
  organisation: Named;
  lot: Named;
  commune: { code: string; name: string };
};

/** OF01's first open site by code: where the demo's trainees are, and the browser tests' people go. */
export function firstOf01Site<Site extends { code: string; active: boolean; organisation: Named }>(
  sites: readonly Site[],
): Site {
  const site = sites
    .filter((candidate) => candidate.organisation.code === "OF01" && candidate.active)
    .sort((left, right) => left.code.localeCompare(right.code))[0];
  if (!site) throw new Error("OF01 has no open site in the demo");
  return site;
}

/**
 * As the Region's administrator, gives OF01's first site a place for one more person when it has none
 * left beyond its waiting list (which free places go to first) — or, with `exactlyOne`, leaves it
 * exactly that one place, so that the next admission fills it; signs out. The site.
 */
export async function makeRoom(page: Page, options: { exactlyOne?: boolean } = {}): Promise<SiteItem> {
  await signIn(page, "region_admin");
  const site = firstOf01Site(await listOf<SiteItem>(page, "sites"));
  const { freePlaces } = await apiGet<{ freePlaces: number }>(page, `/public/sites/${site.id}`);
  const waiting = await apiGet<{ total: number }>(page, `/referrals?siteId=${site.id}&status=waiting_list`);
  const room = freePlaces - waiting.total;
  if (room < 1 || (options.exactlyOne && room !== 1)) {
    await apiSend(page, "PUT", `/sites/${site.id}`, {
      code: site.code,
      name: site.name,
      organisationId: site.organisation.id,
      lotId: site.lot.id,
      communeCode: site.commune.code,
      address: site.address,
      capacity: site.capacity - room + 1,
      mandatoryRural: site.mandatoryRural,
      active: site.active,
    });
  }
  await page.context().clearCookies();
  return site;
}

/**
 * A person prescribed by the demo advisor (their referent) to OF01's first open site, taken to the
 * entry today by its staff — the site is given a place first if it is full. The page is left signed in
 * as the training staff. Their pathway and site.
 */
export async function enteredTrainee(
  page: Page,
  person: { firstName: string; lastName: string; email?: string | null },
): Promise<{ pathwayId: string; site: Named }> {
  const site = await makeRoom(page);
  await signIn(page, "prescriber_advisor");
  const { id } = await apiSend<{ id: string }>(page, "POST", "/referrals", {
    person: {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: "1990-02-11",
      email: person.email ?? null,
      phone: "06 12 34 56 78",
      communeCode: "33063",
    },
    siteId: site.id,
    motivation: "Reprendre pied.",
  });
  await page.context().clearCookies();
  await signIn(page, "training_staff");
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  for (const step of [
    { to: "under_review" },
    { to: "admission_interview", appointmentAt: tomorrow, appointmentPlace: "Salle 2" },
    { to: "accepted", entryDate: parisDay() },
    { to: "entered", entryDate: parisDay() },
  ]) {
    await apiSend(page, "POST", `/referrals/${id}/transitions`, step);
  }
  const { pathwayId } = await apiGet<{ pathwayId: string }>(page, `/referrals/${id}`);
  return { pathwayId, site };
}

/** A SIRET nobody has used yet on this server, with a good Luhn key. */
export function uniqueSiret(): string {
  const base = Date.now().toString().slice(-13).padStart(13, "0");
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${base}${key}`;
    const sum = [...candidate].reverse().reduce((total, character, index) => {
      const digit = Number(character) * (index % 2 === 1 ? 2 : 1);
      return total + (digit > 9 ? digit - 9 : digit);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("no Luhn key");
}
