import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { outboxEmails } from "../mail/mail.tables";
import { people } from "../people/people.tables";
import { sites } from "../territory/territory.tables";
import { referralEvents, referrals } from "./referrals.tables";

/** The public form: a person applies without an account, and nothing hostile gets stored. */
describe("self-referral", () => {
  let t: TestApp;
  let address = 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Each call from its own address, so that the rate limit is tested on its own. */
  const send = (payload: Record<string, unknown>, remoteAddress = `10.0.0.${++address}`) =>
    t.app.inject({ method: "POST", url: "/api/public/self-referrals", payload, remoteAddress });
  let serial = 0;
  const application = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      lastName: `Dupont-${serial}`,
      firstName: "Samir",
      birthDate: "1988-07-21",
      email: `samir.${serial}@exemple.test`,
      phone: "",
      communeCode: "24322",
      situation: "job_seeker_registered",
      hopes: "Retrouver un métier où je travaille avec les mains.",
      availability: "Tous les jours sauf le mercredi après-midi",
      consent: true,
      website: "",
      ...overrides,
    };
  };
  const count = async () => (await t.database.db.select().from(referrals)).length;

  it("reaches the nearest open site with room, with a receipt e-mailed and the consent kept", async () => {
    const body = application();
    const response = await send(body);
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt.reference).toMatch(/^AUTO-[0-9A-F]{8}$/);
    expect(receipt.emailSent).toBe(true);
    const [person] = await t.database.db.select().from(people).where(eq(people.lastName, body.lastName));
    const [referral] = await t.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.personId, person?.id ?? ""));
    expect(referral).toMatchObject({ kind: "self_referral", status: "sent", prescriberOrganisationId: null });
    expect(referral?.consentText).toContain("Vos informations servent uniquement");
    const [site] = await t.database.db
      .select()
      .from(sites)
      .where(eq(sites.id, referral?.siteId ?? ""));
    expect(receipt.site.name).toBe(site?.name);
    const [email] = await t.database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.toAddress, body.email));
    expect(email?.bodyText).toContain(receipt.reference);
    const [event] = await t.database.db
      .select()
      .from(referralEvents)
      .where(eq(referralEvents.referralId, referral?.id ?? ""));
    expect(event).toMatchObject({ kind: "created", actorKind: "person", toStatus: "sent" });
  });

  it("goes to the site the person chose, and passes over a full site when none is chosen", async () => {
    const [chosen] = await t.database.db.select().from(sites).where(eq(sites.code, "S001"));
    const toChosen = await send(application({ siteId: chosen?.id }));
    expect(toChosen.json().site.name).toBe(chosen?.name);

    const first = await send(application());
    const nearest = first.json().site.name;
    await t.database.db.update(sites).set({ capacity: 0 }).where(eq(sites.name, nearest));
    const second = await send(application());
    expect(second.statusCode).toBe(201);
    expect(second.json().site.name).not.toBe(nearest);
  });

  it("lets a prescriber find the person and confirm the self-referral, becoming referent", async () => {
    const body = application();
    await send(body);
    const advisor = await t.sessionAs("prescriber_advisor");
    const search = await t.request(
      {
        method: "GET",
        url: `/api/people/search?lastName=${body.lastName}&firstName=${body.firstName}&birthDate=${body.birthDate}`,
      },
      advisor,
    );
    const [open] = search.json().items[0].openReferrals;
    expect(open).toMatchObject({ kind: "self_referral", confirmable: true, ours: false });
    expect((await t.request({ method: "GET", url: `/api/referrals/${open.id}` }, advisor)).statusCode).toBe(
      404,
    );
    const confirmed = await t.request(
      { method: "POST", url: `/api/referrals/${open.id}/confirm`, payload: {} },
      advisor,
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().referent.displayName).toBe("Nadia Conseillère");
    expect(confirmed.json().history.map((event: { kind: string }) => event.kind)).toEqual([
      "created",
      "referent_named",
    ]);
    const again = await t.request(
      { method: "POST", url: `/api/referrals/${open.id}/confirm`, payload: {} },
      advisor,
    );
    expect(again.statusCode).toBe(409);
  });

  it("answers a robot filling the hidden field like a person, and stores nothing", async () => {
    const before = await count();
    const response = await send(application({ website: "http://spam.example" }));
    expect(response.statusCode).toBe(201);
    expect(await count()).toBe(before);
  });

  it("refuses oversized, missing or malformed answers in French, storing nothing", async () => {
    const before = await count();
    for (const [overrides, message] of [
      [{ hopes: "a".repeat(2001) }, "caractères au plus"],
      [{ lastName: "" }, "Indiquez le nom."],
      [{ birthDate: "1988-13-01" }, "n'existe pas"],
      [{ birthDate: "21/07/1988" }, "AAAA-MM-JJ"],
      [{ consent: false }, "Votre accord est nécessaire"],
      [{ email: "", phone: "" }, "adresse e-mail ou un numéro de téléphone"],
      [{ email: "pas-une-adresse" }, "Adresse e-mail invalide"],
      [{ siteId: "00000000-0000-4000-8000-000000000000" }, "Ce site n'existe pas"],
      [{ situation: "<script>" }, "Choisissez votre situation"],
      [{ communeCode: "75056" }, "n'est pas une commune de la région"],
    ] as const) {
      const response = await send(application(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().message).toContain(message);
    }
    const huge = await send({ ...application(), availability: "x".repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(await count()).toBe(before);
  });

  it("keeps what a visitor writes as plain text, never as markup", async () => {
    const body = application({ hopes: "<script>alert('x')</script> & <b>gras</b>" });
    expect((await send(body)).statusCode).toBe(201);
    const [stored] = await t.database.db.select().from(referrals).where(eq(referrals.motivation, body.hopes));
    expect(stored?.motivation).toBe("<script>alert('x')</script> & <b>gras</b>");
  });

  it("slows down one address sending application after application", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i += 1) codes.push((await send(application(), "10.9.9.9")).statusCode);
    expect(codes.slice(0, 10).every((code) => code === 201)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });
});
