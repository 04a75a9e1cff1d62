import type { Page } from "@playwright/test";
import { signIn } from "./support";
import { apiGet, apiSend, listOf, type Named } from "./territory-steps";

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });

/** Today in Paris, `YYYY-MM-DD`, `days` days later. */
export const parisDay = (days = 0) => PARIS_DAY.format(new Date(Date.now() + days * 86_400_000));

/**
 * A person prescribed by the demo advisor to an open site of OF01, taken to the entry by its staff (the
 * page is left signed in as the training staff): their pathway and site.
 */
export async function enteredTrainee(
  page: Page,
  person: { firstName: string; lastName: string },
): Promise<{ pathwayId: string; site: Named }> {
  await signIn(page, "prescriber_advisor");
  const sites = await listOf<Named & { active: boolean; organisation: Named }>(page, "sites");
  const site = sites.find((candidate) => candidate.organisation.code === "OF01" && candidate.active);
  if (!site) throw new Error("OF01 has no open site in the demo");
  const { id } = await apiSend<{ id: string }>(page, "POST", "/referrals", {
    person: {
      ...person,
      birthDate: "1990-02-11",
      email: null,
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
