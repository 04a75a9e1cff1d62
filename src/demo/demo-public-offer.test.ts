import { describe, expect, it } from "vitest";
import { siteOfferBody } from "../domains/public-offer/public-offer.schemas";
import { demoSiteContact, planDemoInformationSessions } from "./demo-public-offer";

const siteRows = Array.from({ length: 12 }, (_, index) => ({
  id: `site-${index}`,
  code: `S${String(index + 1).padStart(3, "0")}`,
  address: index === 5 ? null : `${index + 1} rue Pasteur, 24000 Périgueux`,
}));

describe("the demo sites' public offer", () => {
  it("gives each site a fictitious contact a training organisation could have typed", () => {
    const contact = demoSiteContact("S042", 41);
    expect(contact).toMatchObject({
      contactPhone: "01 99 00 00 42",
      contactEmail: "accueil.s042@exemple.test",
    });
    expect(demoSiteContact("S100", 99).contactPhone).toBe("01 99 00 01 00");
    expect(siteOfferBody.parse(contact)).toEqual(contact);
    const sentences = new Set(siteRows.map((site, index) => demoSiteContact(site.code, index).accessibility));
    expect(sentences.size).toBeGreaterThan(2);
  });

  it("plans two sessions per site, on weekdays at 09:30 or 14:00, at least three days ahead", () => {
    // 2026-03-13 is a Friday.
    const sessions = planDemoInformationSessions(siteRows, "2026-03-13");
    expect(sessions).toHaveLength(2 * siteRows.length);
    for (const session of sessions) {
      const day = new Date(`${session.day}T00:00:00Z`);
      expect([0, 6]).not.toContain(day.getUTCDay());
      expect(session.day > "2026-03-15").toBe(true);
      expect(["09:30", "14:00"]).toContain(session.time);
    }
    const [first, second] = sessions.filter((session) => session.siteId === "site-5");
    expect(first?.place).toBe("Salle d'accueil du site");
    expect(second?.place).toBe("Salle d'accueil du site");
    expect(sessions.filter((session) => session.siteId === "site-0")[1]?.place).toBe(
      "1 rue Pasteur, 24000 Périgueux",
    );
    expect(planDemoInformationSessions(siteRows, "2026-03-13")).toEqual(sessions);
  });
});
