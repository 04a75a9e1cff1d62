import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { createOrganisation, createUser } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { outboxEmails } from "../mail/mail.tables";
import { parisDay } from "../paris-time";
import { pathways } from "../pathways/pathways.tables";
import { people } from "../people/people.tables";
import { organisations, sites } from "../territory/territory.tables";
import { referralEvents, referrals } from "./referrals.tables";

/** The prescription's whole life through the API, as a prescriber and a training organisation live it. */
describe("referrals API", () => {
  let t: TestApp;
  let advisor: SessionHeaders;
  let staff: SessionHeaders;
  let manager: SessionHeaders;
  let site: { id: string; lotId: string };
  let serial = 0;

  beforeAll(async () => {
    t = await createTestApp();
    advisor = await t.sessionAs("prescriber_advisor");
    staff = await t.sessionAs("training_staff");
    manager = await t.sessionAs("training_manager");
    const [row] = await t.database.db
      .select({ id: sites.id, lotId: sites.lotId })
      .from(sites)
      .innerJoin(organisations, eq(organisations.id, sites.organisationId))
      .where(and(eq(organisations.code, "OF01"), eq(sites.active, true)))
      .limit(1);
    if (!row) throw new Error("OF01 has no site in the demo");
    site = row;
  });
  afterAll(() => t.close());

  const person = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      lastName: `Martin-${serial}`,
      firstName: "Léa",
      birthDate: "1995-03-14",
      email: `lea.${serial}@exemple.test`,
      phone: null,
      communeCode: "33063",
      franceTravailId: null,
      ...overrides,
    };
  };
  const prescribe = (body: Record<string, unknown>, session = advisor) =>
    t.request({ method: "POST", url: "/api/referrals", payload: body }, session);
  const newReferral = async (overrides: Record<string, unknown> = {}) => {
    const response = await prescribe({
      person: person(),
      siteId: site.id,
      motivation: "Projet à construire, besoin de reprendre confiance.",
      knownBarriers: ["mobility"],
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const move = (id: string, body: Record<string, unknown>, session = staff) =>
    t.request({ method: "POST", url: `/api/referrals/${id}/transitions`, payload: body }, session);
  const moveOk = async (id: string, body: Record<string, unknown>, session = staff) => {
    const response = await move(id, body, session);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const inviteToInterview = (id: string) =>
    moveOk(id, {
      to: "admission_interview",
      appointmentAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      appointmentPlace: "Salle 2, 12 rue des Écoles",
    });
  const setCapacity = (capacity: number) =>
    t.database.db.update(sites).set({ capacity }).where(eq(sites.id, site.id));
  const today = parisDay(new Date());

  it("goes from sending to entry, with a history row for every change and a pathway at the end", async () => {
    await setCapacity(50);
    const id = await newReferral();
    await moveOk(id, { to: "under_review" });
    await inviteToInterview(id);
    const accepted = await moveOk(id, { to: "accepted", entryDate: today });
    expect(accepted.plannedEntryDate).toBe(today);
    const entered = await moveOk(id, { to: "entered", situationBefore12m: "job_seeking" });
    expect(entered.status).toBe("entered");
    expect(entered.pathwayId).toEqual(expect.any(String));
    expect(entered.history.map((event: { toStatus: string }) => event.toStatus)).toEqual([
      "sent",
      "under_review",
      "admission_interview",
      "accepted",
      "entered",
    ]);
    expect(entered.history[2].details.appointmentPlace).toBe("Salle 2, 12 rue des Écoles");
    const [pathway] = await t.database.db.select().from(pathways).where(eq(pathways.referralId, id));
    expect(pathway).toMatchObject({
      siteId: site.id,
      entryDate: today,
      exitDate: null,
      situationBefore12m: "job_seeking",
    });
  });

  it("asks the situation 12 months before at entry, and refuses one outside the vocabulary", async () => {
    await setCapacity(50);
    const id = await newReferral();
    await moveOk(id, { to: "under_review" });
    await inviteToInterview(id);
    await moveOk(id, { to: "accepted", entryDate: today });
    const refused = await move(id, { to: "entered", situationBefore12m: "retired" });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Situation inconnue.");
    const [none] = await t.database.db.select().from(pathways).where(eq(pathways.referralId, id));
    expect(none).toBeUndefined();
    await moveOk(id, { to: "entered" });
    const [pathway] = await t.database.db.select().from(pathways).where(eq(pathways.referralId, id));
    expect(pathway?.situationBefore12m).toBeNull();
  });

  it("lets the prescriber follow the whole history, and tells them and the person of each answer", async () => {
    const id = await newReferral();
    await moveOk(id, { to: "under_review" });
    await inviteToInterview(id);
    const seen = await t.request({ method: "GET", url: `/api/referrals/${id}` }, advisor);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().history).toHaveLength(3);
    expect(seen.json().allowedTransitions).toEqual(["withdrawn"]);
    const detail = seen.json();
    const toPerson = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, detail.person.email));
    expect(toPerson.map((email) => email.subject)).toEqual(["Amorce de Parcours : vous êtes invité·e"]);
    expect(toPerson[0]?.bodyText).toContain("Salle 2, 12 rue des Écoles");
    const list = await t.request({ method: "GET", url: "/api/referrals" }, advisor);
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it("refuses undeclared transitions and the other side's transitions, writing nothing", async () => {
    const id = await newReferral();
    const skip = await move(id, { to: "accepted", entryDate: today });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toContain("ne peut pas passer au statut « Acceptée »");
    const byPrescriber = await move(id, { to: "under_review" }, advisor);
    expect(byPrescriber.statusCode).toBe(409);
    expect(byPrescriber.json().message).toContain("réservé à l'organisme de formation");
    const withdrawBySite = await move(id, { to: "withdrawn", reasonText: "…" });
    expect(withdrawBySite.statusCode).toBe(409);
    expect(withdrawBySite.json().message).toContain("réservé au prescripteur ou à la personne elle-même");
    const events = await t.database.db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
    expect(events).toHaveLength(1);
  });

  it("needs a refusal reason from the list, and hides an unshared one from the prescriber", async () => {
    const id = await newReferral();
    const missing = await move(id, { to: "refused" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toBe("Indiquez le motif du refus.");
    const notShareable = await move(id, {
      to: "refused",
      refusalReason: "health_or_personal_situation",
      shareWithPrescriber: true,
    });
    expect(notShareable.statusCode).toBe(400);
    await moveOk(id, { to: "refused", refusalReason: "health_or_personal_situation" });
    const bySite = await t.request({ method: "GET", url: `/api/referrals/${id}` }, staff);
    expect(bySite.json().refusalReason).toBe("health_or_personal_situation");
    const byPrescriber = await t.request({ method: "GET", url: `/api/referrals/${id}` }, advisor);
    expect(byPrescriber.json().refusalReason).toBeNull();
    expect(byPrescriber.json().history.at(-1)).toMatchObject({ toStatus: "refused", reasonCode: null });
  });

  it("lets the prescriber withdraw with a reason, and tells the site", async () => {
    const id = await newReferral();
    expect((await move(id, { to: "withdrawn" }, advisor)).statusCode).toBe(400);
    const withdrawn = await moveOk(id, { to: "withdrawn", reasonText: "A trouvé un emploi." }, advisor);
    expect(withdrawn.status).toBe("withdrawn");
    expect((await move(id, { to: "under_review" })).statusCode).toBe(409);
  });

  it("fills a site to its capacity, then waitlists, and offers freed places in order", async () => {
    await setCapacity(0);
    const [first, second, third] = [await newReferral(), await newReferral(), await newReferral()];
    for (const id of [first, second, third]) await inviteToInterview(await idUnderReview(id));
    const full = await move(first, { to: "accepted", entryDate: today });
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toContain("complet");
    for (const id of [first, second, third]) await moveOk(id, { to: "waiting_list" });
    const positions = await t.request(
      { method: "GET", url: `/api/referrals?siteId=${site.id}&status=waiting_list` },
      staff,
    );
    const ranked = positions
      .json()
      .items.map((item: { id: string; waitingListPosition: number }) => [item.id, item.waitingListPosition]);
    expect(new Map(ranked)).toEqual(
      new Map([
        [first, 1],
        [second, 2],
        [third, 3],
      ]),
    );

    await setCapacity((await occupied()) + 1);
    const jump = await move(second, { to: "accepted", entryDate: today });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().message).toContain("position 2");
    await moveOk(first, { to: "accepted", entryDate: today });
    expect((await move(second, { to: "accepted", entryDate: today })).statusCode).toBe(409);
  });

  it("gives the last place to exactly one of two staff admitting at the same time", async () => {
    await setCapacity(500);
    const [one, two] = [await newReferral(), await newReferral()];
    for (const id of [one, two]) await inviteToInterview(await idUnderReview(id));
    await clearWaitingList();
    await setCapacity((await occupied()) + 1);
    const answers = await Promise.all([
      move(one, { to: "accepted", entryDate: today }, staff),
      move(two, { to: "accepted", entryDate: today }, manager),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const accepted = await t.database.db
      .select()
      .from(referrals)
      .where(and(eq(referrals.siteId, site.id), eq(referrals.status, "accepted")));
    expect(accepted.filter((row) => row.id === one || row.id === two)).toHaveLength(1);
  });

  it("finds the same person again instead of creating a duplicate, and refuses a second open referral", async () => {
    const identity = person({ franceTravailId: "1234567A" });
    const first = await prescribe({ person: identity, siteId: site.id, motivation: "Premier envoi." });
    expect(first.json().personExisted).toBe(false);
    const again = await prescribe({
      person: {
        ...identity,
        lastName: identity.lastName.toUpperCase(),
        firstName: "LEA",
        franceTravailId: null,
      },
      siteId: site.id,
      motivation: "Deuxième envoi.",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain("déjà une demande en cours");
    const found = await t.request(
      { method: "GET", url: `/api/people/search?franceTravailId=1234567a` },
      advisor,
    );
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0].openReferrals[0]).toMatchObject({ ours: true, confirmable: false });
    const stolenId = await prescribe({
      person: person({ franceTravailId: "1234567A" }),
      siteId: site.id,
      motivation: "Autre personne, même identifiant.",
    });
    expect(stolenId.statusCode).toBe(409);
    expect(stolenId.json().message).toContain("identifiant France Travail");
    const rows = await t.database.db.select().from(people).where(eq(people.franceTravailId, "1234567A"));
    expect(rows).toHaveLength(1);
  });

  it("never shows organisation A's referrals to a prescriber of organisation B", async () => {
    const id = await newReferral();
    const other = await createOrganisation(t.database.db, `PRESC-B-${Date.now()}`, "prescriber");
    const outsider = await t.sessionFor(
      await createUser(t.database.db, {
        email: `b.${Date.now()}@autre.test`,
        role: "prescriber_advisor",
        organisationId: other,
      }),
    );
    expect((await t.request({ method: "GET", url: `/api/referrals/${id}` }, outsider)).statusCode).toBe(404);
    expect((await t.request({ method: "GET", url: "/api/referrals" }, outsider)).json().items).toEqual([]);
    expect((await move(id, { to: "withdrawn", reasonText: "Intrusion" }, outsider)).statusCode).toBe(404);
  });

  it("turns away hostile or malformed input with a French message and stores nothing", async () => {
    const before = (await t.database.db.select().from(referrals)).length;
    for (const [body, expected] of [
      [{ person: person({ lastName: "x".repeat(101) }), siteId: site.id, motivation: "m" }, "100 caractères"],
      [{ person: person({ birthDate: "2001-02-30" }), siteId: site.id, motivation: "m" }, "n'existe pas"],
      [{ person: person({ birthDate: "14/03/1995" }), siteId: site.id, motivation: "m" }, "AAAA-MM-JJ"],
      [{ person: person(), siteId: "00000000-0000-4000-8000-000000000000", motivation: "m" }, "Site inconnu"],
      [{ person: person(), motivation: "m" }, "Choisissez un site"],
      [{ person: person({ communeCode: "99999" }), siteId: site.id, motivation: "m" }, ""],
    ] as const) {
      const response = await prescribe(body);
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().message).toContain(expected);
    }
    const script = await prescribe({
      person: person({ lastName: "<script>alert(1)</script>" }),
      siteId: site.id,
      motivation: "<img src=x onerror=alert(1)>",
    });
    expect(script.statusCode).toBe(201);
    const stored = await t.request({ method: "GET", url: `/api/referrals/${script.json().id}` }, advisor);
    expect(stored.json().person.lastName).toBe("<script>alert(1)</script>");
    expect((await t.database.db.select().from(referrals)).length).toBe(before + 1);
    const badDate = await move(script.json().id, { to: "under_review" });
    expect(badDate.statusCode).toBe(200);
    const malformed = await move(script.json().id, {
      to: "admission_interview",
      appointmentAt: "demain",
      appointmentPlace: "Ici",
    });
    expect(malformed.statusCode).toBe(400);
    expect((await t.request({ method: "GET", url: "/api/referrals/pas-un-id" }, advisor)).statusCode).toBe(
      400,
    );
  });

  it("audits every reading of a person's record", async () => {
    const id = await newReferral();
    await t.request({ method: "GET", url: `/api/referrals/${id}` }, staff);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referral.read"), eq(auditEvents.recordId, id)));
    expect(reads).toHaveLength(1);
  });

  async function idUnderReview(id: string) {
    await moveOk(id, { to: "under_review" });
    return id;
  }
  async function occupied() {
    const rows = await t.database.db
      .select()
      .from(referrals)
      .where(and(eq(referrals.siteId, site.id), eq(referrals.status, "accepted")));
    const present = await t.database.db.select().from(pathways).where(eq(pathways.siteId, site.id));
    return rows.length + present.filter((pathway) => pathway.exitDate === null).length;
  }
  async function clearWaitingList() {
    const waiting = await t.database.db
      .select()
      .from(referrals)
      .where(and(eq(referrals.siteId, site.id), eq(referrals.status, "waiting_list")));
    for (const row of waiting) await moveOk(row.id, { to: "refused", refusalReason: "unreachable" });
  }
});
