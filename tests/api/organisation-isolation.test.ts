import { and, eq, ne, not, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccount } from "../../src/demo/demo-accounts";
import { userLots, users } from "../../src/domains/accounts/accounts.tables";
import { PROFESSIONAL_ROLES, ROLES, type Role } from "../../src/domains/accounts/roles";
import { createOrganisation, createUser } from "../../src/domains/accounts/test-fixtures";
import { ambassadorInvitations } from "../../src/domains/alumni/alumni.tables";
import { informationSessionAt } from "../../src/domains/alumni/test-fixtures";
import { becomeAmbassador } from "../../src/domains/alumni/use-cases/become-ambassador";
import { inTrainingReach } from "../../src/domains/authorization/training-reach";
import { barrierActions, barriers } from "../../src/domains/barriers/barriers.tables";
import {
  attendance,
  collectiveSessions,
  sessionEnrolments,
} from "../../src/domains/collective-sessions/collective-sessions.tables";
import { followUps } from "../../src/domains/follow-ups/follow-ups.tables";
import { hostCompanies, internships } from "../../src/domains/internships/internships.tables";
import { pathwayPlans, pathways } from "../../src/domains/pathways/pathways.tables";
import { enterTrainee, siteOf } from "../../src/domains/pathways/test-fixtures";
import { SKILL_DOMAINS } from "../../src/domains/skills/skill-domains";
import { skillAssessments } from "../../src/domains/skills/skills.tables";
import { organisations, sites } from "../../src/domains/territory/territory.tables";
import { tripartiteInterviews } from "../../src/domains/tripartite-interviews/tripartite-interviews.tables";
import { createTestApp, type TestApp } from "../support/test-app";

/**
 * For every role: the people of another organisation stay invisible. A training organisation and a
 * prescriber organisation that no demo account belongs to each get a person who signs in (leaving an
 * audit row); then each demo account tries every way there is to read or touch them.
 */
describe("another organisation's people", () => {
  let t: TestApp;
  const outsiders: { id: string; email: string }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    for (const [code, kind, role] of [
      ["OF-AUTRE", "training_organisation", "training_staff"],
      ["PRESC-AUTRE", "prescriber", "prescriber_advisor"],
    ] as const) {
      const organisationId = await createOrganisation(db, code, kind);
      const email = `personne.${code.toLowerCase()}@autre.test`;
      const id = await createUser(db, { email, role, organisationId });
      outsiders.push({ id, email });
      const session = await t.sessionFor(id);
      await t.request({ method: "POST", url: "/api/auth/logout" }, session);
    }
  });
  afterAll(() => t.close());

  const mentionsOutsiders = (body: string) =>
    outsiders.some((outsider) => body.includes(outsider.id) || body.includes(outsider.email));

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const url of [
        "/api/users",
        "/api/users?q=autre",
        "/api/audit-events?pageSize=200",
        "/api/outbox",
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([200, 403]).toContain(response.statusCode);
        expect(mentionsOutsiders(response.body), `${role} GET ${url}`).toBe(false);
      }
      for (const outsider of outsiders) {
        for (const action of ["deactivate", "reactivate", "invitation"]) {
          const response = await t.request(
            { method: "POST", url: `/api/users/${outsider.id}/${action}` },
            session,
          );
          expect([403, 404], `${role} POST ${action}`).toContain(response.statusCode);
        }
      }
    });
  }

  it("are seen by the Region's administrator, who oversees every organisation", async () => {
    const session = await t.sessionAs("region_admin");
    const response = await t.request({ method: "GET", url: "/api/users?q=autre" }, session);
    expect(
      response
        .json()
        .items.map((user: { email: string }) => user.email)
        .sort(),
    ).toEqual(outsiders.map((outsider) => outsider.email).sort());
  });

  it("leave the demo accounts' own organisations visible to their admins", async () => {
    for (const role of PROFESSIONAL_ROLES.filter(
      (candidate) => candidate.endsWith("_manager") || candidate === "prescriber_admin",
    )) {
      const response = await t.request({ method: "GET", url: "/api/users" }, await t.sessionAs(role));
      expect(response.json().items.map((user: { email: string }) => user.email)).toContain(
        demoAccount(role).email,
      );
    }
  });
});

/**
 * For every role: a person referred by another prescriber organisation to another training
 * organisation's site, in a lot nobody of the demo follows, stays invisible and untouchable.
 */
describe("another organisation's referrals", () => {
  let t: TestApp;
  let referralId: string;
  const lastName = "Invisible-Autrestructure";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const officer = await t.sessionAs("territorial_officer");
    const followed = new Set(
      (
        await db
          .select({ lotId: userLots.lotId })
          .from(userLots)
          .innerJoin(users, eq(users.id, userLots.userId))
          .where(eq(users.email, demoAccount("territorial_officer").email))
      ).map((row) => row.lotId),
    );
    const ofSites = new Set(
      (await t.request({ method: "GET", url: "/api/sites?mine=true" }, await t.sessionAs("training_manager")))
        .json()
        .items.map((site: { id: string }) => site.id),
    );
    const all = (await t.request({ method: "GET", url: "/api/sites" }, officer)).json().items as {
      id: string;
      lot: { id: string };
      active: boolean;
    }[];
    const site = all.find(
      (candidate) => candidate.active && !ofSites.has(candidate.id) && !followed.has(candidate.lot.id),
    );
    if (!site) throw new Error("the demo has no site outside the demo accounts' reach");
    const organisationId = await createOrganisation(db, "PRESC-ISOLE", "prescriber");
    const advisor = await t.sessionFor(
      await createUser(db, { email: "conseil@isole.test", role: "prescriber_advisor", organisationId }),
    );
    const response = await t.request(
      {
        method: "POST",
        url: "/api/referrals",
        payload: {
          person: {
            lastName,
            firstName: "Zoé",
            birthDate: "1992-05-05",
            email: "zoe@isole.test",
            phone: null,
            communeCode: "33063",
            franceTravailId: null,
          },
          siteId: site.id,
          motivation: "Isolement des structures.",
        },
      },
      advisor,
    );
    expect(response.statusCode, response.body).toBe(201);
    referralId = response.json().id;
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const url of [
        "/api/referrals",
        `/api/referrals?q=${lastName}`,
        "/api/referrals?unassigned=true",
        `/api/referrals/${referralId}`,
        "/api/audit-events?pageSize=200",
        "/api/notifications",
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([200, 403, 404], `${role} GET ${url}`).toContain(response.statusCode);
        expect(
          response.body.includes(lastName) || response.body.includes(referralId),
          `${role} GET ${url}`,
        ).toBe(false);
      }
      for (const [url, payload] of [
        [`/api/referrals/${referralId}/transitions`, { to: "under_review" }],
        [`/api/referrals/${referralId}/transitions`, { to: "withdrawn", reasonText: "Intrusion" }],
        [`/api/referrals/${referralId}/site`, { siteId: referralId }],
      ] as const) {
        const response = await t.request({ method: "POST", url, payload }, session);
        expect([403, 404], `${role} POST ${url}`).toContain(response.statusCode);
      }
    });
  }

  it("are seen by the Region's administrator", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/referrals/${referralId}` },
      await t.sessionAs("region_admin"),
    );
    expect(response.json().person.lastName).toBe(lastName);
  });
});

/**
 * For every role: the skills of a trainee of another training organisation, sent by another prescriber,
 * in a lot the demo officer does not follow, are never read nor written, nor is their space opened.
 */
describe("another organisation's trainee: skills and access to their space", () => {
  let t: TestApp;
  let pathwayId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ({ pathwayId } = await traineeOutOfReach(db));
    await db
      .insert(skillAssessments)
      .values(SKILL_DOMAINS.map((domain) => ({ pathwayId, moment: "entry" as const, domain, level: 2 })));
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      const read = await t.request({ method: "GET", url: `/api/pathways/${pathwayId}/skills` }, session);
      expect([403, 404], `${role} GET skills`).toContain(read.statusCode);
      for (const [method, url, payload] of [
        [
          "PUT",
          `/api/pathways/${pathwayId}/skills/exit`,
          { levels: Object.fromEntries(SKILL_DOMAINS.map((d) => [d, 4])) },
        ],
        ["POST", `/api/pathways/${pathwayId}/trainee-access`, {}],
      ] as const) {
        const response = await t.request({ method, url, payload }, session);
        expect([403, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
      }
    });
  }
});

/**
 * For every role: the sessions of another training organisation's site, in a lot the demo officer does
 * not follow, and its trainee's attendance, statement and hours are never read nor written.
 */
describe("another organisation's sessions and attendance", () => {
  let t: TestApp;
  let trainee: { pathwayId: string; siteId: string; lotId: string };
  let sessionId: string;
  const lastName = "Invisible-Emargement";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    trainee = await traineeOutOfReach(db, lastName);
    const [session] = await db
      .insert(collectiveSessions)
      .values({
        siteId: trainee.siteId,
        module: "dynamisation",
        title: "Séance d'un autre organisme",
        capacity: 10,
        startsAt: new Date("2026-09-07T07:00:00Z"),
        endsAt: new Date("2026-09-07T10:00:00Z"),
      })
      .returning({ id: collectiveSessions.id });
    sessionId = session?.id as string;
    await db.insert(sessionEnrolments).values({ sessionId, pathwayId: trainee.pathwayId });
    await db
      .insert(attendance)
      .values({ sessionId, pathwayId: trainee.pathwayId, status: "present", hours: 3 });
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      const { pathwayId, siteId, lotId } = trainee;
      for (const url of [
        `/api/sites/${siteId}/sessions?from=2026-09-07&to=2026-09-13`,
        `/api/sessions/${sessionId}/enrolments`,
        `/api/sessions/${sessionId}/attendance`,
        `/api/pathways/${pathwayId}/attendance`,
        `/api/pathways/${pathwayId}/attendance/statement?month=2026-09&format=csv`,
        `/api/attendance/hours.csv?from=2026-09-01&to=2026-09-30&siteId=${siteId}`,
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([403, 404], `${role} GET ${url}`).toContain(response.statusCode);
      }
      const byLot = await t.request(
        { method: "GET", url: `/api/attendance/hours.csv?from=2026-09-01&to=2026-09-30&lotId=${lotId}` },
        session,
      );
      expect([200, 403], `${role} GET hours of the lot`).toContain(byLot.statusCode);
      expect(byLot.body.includes(lastName), `${role} GET hours of the lot`).toBe(false);
      for (const [method, url, payload] of [
        [
          "POST",
          `/api/sites/${siteId}/sessions`,
          {
            module: "dynamisation",
            title: "Intrusion",
            capacity: 5,
            date: "2026-09-08",
            startTime: "09:00",
            endTime: "12:00",
          },
        ],
        ["PUT", `/api/sessions/${sessionId}/enrolments`, { remove: [pathwayId] }],
        [
          "PUT",
          `/api/sessions/${sessionId}/attendance`,
          { marks: [{ pathwayId, status: "absent_unexcused", expectedVersion: 1 }] },
        ],
        ["POST", `/api/sessions/${sessionId}/cancel`, undefined],
        ["POST", `/api/pathways/${pathwayId}/attendance/${sessionId}/confirm`, undefined],
        ["POST", `/api/pathways/${pathwayId}/enrolments`, { module: "dynamisation" }],
      ] as const) {
        const response = await t.request({ method, url, payload }, session);
        expect([403, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
      }
      const [mark] = await t.database.db.select().from(attendance).where(eq(attendance.sessionId, sessionId));
      expect(mark).toMatchObject({ status: "present", version: 1, confirmedByTraineeAt: null });
    });
  }
});

async function organisationIdOf(db: TestApp["database"]["db"], code: string): Promise<string> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code));
  if (!organisation) throw new Error(`no organisation ${code}`);
  return organisation.id;
}

/** An open site out of OF01's reach (its sites, the lots it runs or leads), in a lot the demo officer does not follow. */
async function siteOutsideDemoReach(db: TestApp["database"]["db"]): Promise<string> {
  const followed = await db
    .select({ lotId: userLots.lotId })
    .from(userLots)
    .innerJoin(users, eq(users.id, userLots.userId))
    .where(eq(users.email, demoAccount("territorial_officer").email));
  const [site] = await db
    .select({ id: sites.id })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .where(
      and(
        ne(organisations.code, "OF01"),
        eq(sites.active, true),
        notInArray(
          sites.lotId,
          followed.map((row) => row.lotId),
        ),
        not(inTrainingReach(await organisationIdOf(db, "OF01"), sites.id, sites.lotId)),
      ),
    )
    .limit(1);
  if (!site) throw new Error("the demo has no site outside the demo accounts' reach");
  return site.id;
}

/** A trainee at such a site, sent by a Mission Locale of another département, with no referent. */
async function traineeOutOfReach(db: TestApp["database"]["db"], lastName?: string) {
  return enterTrainee(db, {
    siteId: await siteOutsideDemoReach(db),
    prescriberCode: "ML87",
    referentEmail: null,
    lastName,
  });
}

/**
 * For every role: the barriers of another organisation's trainee (a health one) are never read nor
 * changed; the Region, who oversees every pathway, reads that there is one, never what it is.
 */
describe("another organisation's trainee: barriers", () => {
  let t: TestApp;
  let pathwayId: string;
  let barrierId: string;
  let actionId: string;
  const secrets = ["Invisible-Frein, suivi au CMP", "Invisible-Partenaire", "Invisible-Action"];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ({ pathwayId } = await traineeOutOfReach(db));
    const [barrier] = await db
      .insert(barriers)
      .values({
        pathwayId,
        theme: "health",
        situation: "addiction",
        severity: "high",
        details: secrets[0],
        identifiedOn: "2026-09-07",
      })
      .returning({ id: barriers.id });
    barrierId = barrier?.id as string;
    const [action] = await db
      .insert(barrierActions)
      .values({ barrierId, description: secrets[2] as string, partner: secrets[1] })
      .returning({ id: barrierActions.id });
    actionId = action?.id as string;
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      const read = await t.request({ method: "GET", url: `/api/pathways/${pathwayId}/barriers` }, session);
      expect([403, 404], `${role} GET barriers`).toContain(read.statusCode);
      expect(read.body.includes(barrierId), `${role} GET barriers`).toBe(false);
      for (const [method, url, payload] of [
        [
          "POST",
          `/api/pathways/${pathwayId}/barriers`,
          { theme: "money", situation: "debt", severity: "low" },
        ],
        ["PATCH", `/api/barriers/${barrierId}`, { status: "lifted" }],
        ["POST", `/api/barriers/${barrierId}/actions`, { description: "Intrusion" }],
        ["PATCH", `/api/barrier-actions/${actionId}`, { status: "done" }],
      ] as const) {
        const response = await t.request({ method, url, payload }, session);
        expect([403, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
      }
    });
  }

  it("are seen by the Region's administrator without the health details", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/pathways/${pathwayId}/barriers` },
      await t.sessionAs("region_admin"),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        id: barrierId,
        theme: "health",
        withheld: true,
        situation: null,
        details: null,
      }),
    ]);
    for (const secret of [...secrets, "addiction"]) expect(response.body).not.toContain(secret);
  });
});

/**
 * For every role: the internships of another organisation's trainee are never listed, changed, sent,
 * cancelled nor printed; their tutor's name and their company never leak.
 */
describe("another organisation's trainee: internships", () => {
  let t: TestApp;
  let pathwayId: string;
  let internshipId: string;
  const secrets = ["Invisible-Tutrice", "Invisible-Entreprise"];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ({ pathwayId } = await traineeOutOfReach(db));
    const [company] = await db
      .insert(hostCompanies)
      .values({
        siret: "44306184100047",
        name: secrets[1] as string,
        address: "1 rue Cachée",
        postalCode: "87000",
        city: "Limoges",
        sector: "Commerce",
      })
      .returning({ id: hostCompanies.id });
    const [internship] = await db
      .insert(internships)
      .values({
        pathwayId,
        hostCompanyId: company?.id as string,
        tutorName: secrets[0] as string,
        tutorEmail: "invisible@exemple.test",
        startDate: "2026-10-05",
        endDate: "2026-10-09",
        dailySchedule: "9 h – 17 h",
        hours: 35,
        romeCode: "D1507",
        objective: "discover_job",
      })
      .returning({ id: internships.id });
    internshipId = internship?.id as string;
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const [method, url, payload] of [
        ["GET", `/api/pathways/${pathwayId}/internships`, undefined],
        ["GET", `/api/internships/${internshipId}/agreement.pdf`, undefined],
        ["POST", `/api/pathways/${pathwayId}/internships`, {}],
        ["PATCH", `/api/internships/${internshipId}`, { hours: 10 }],
        ["POST", `/api/internships/${internshipId}/send-for-signature`, {}],
        ["POST", `/api/internships/${internshipId}/signatures/company/resend`, undefined],
        ["POST", `/api/internships/${internshipId}/assessment-link`, undefined],
        ["POST", `/api/internships/${internshipId}/cancel`, undefined],
      ] as const) {
        const response = await t.request({ method, url, payload }, session);
        expect([400, 403, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
        expect(
          secrets.some((secret) => response.body.includes(secret)),
          `${role} ${method} ${url}`,
        ).toBe(false);
      }
      const [row] = await t.database.db.select().from(internships).where(eq(internships.id, internshipId));
      expect(row).toMatchObject({ status: "draft", hours: 35 });
    });
  }

  it("are seen by the Region's administrator", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/pathways/${pathwayId}/internships` },
      await t.sessionAs("region_admin"),
    );
    expect(response.json().items.map((item: { id: string }) => item.id)).toEqual([internshipId]);
  });
});

/**
 * For every role: the plan of another organisation's trainee is never read (current, versions, one
 * version) nor changed; its objectives never leak.
 */
describe("another organisation's trainee: plan", () => {
  let t: TestApp;
  let pathwayId: string;
  const secret = "Invisible-Objectif du plan";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ({ pathwayId } = await traineeOutOfReach(db));
    await db.insert(pathwayPlans).values({
      pathwayId,
      version: 1,
      objectives: secret,
      plannedEndDate: "2026-12-18",
      items: [{ kind: "module", module: "dynamisation", hours: 70 }],
      valid: false,
    });
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`is never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const url of [
        `/api/pathways/${pathwayId}/plan`,
        `/api/pathways/${pathwayId}/plan/versions`,
        `/api/pathways/${pathwayId}/plan/versions/1`,
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([403, 404], `${role} GET ${url}`).toContain(response.statusCode);
        expect(response.body.includes(secret), `${role} GET ${url}`).toBe(false);
      }
      const change = await t.request(
        {
          method: "PUT",
          url: `/api/pathways/${pathwayId}/plan`,
          payload: { items: [], plannedEndDate: "2026-12-18", revisionNote: "Intrusion", expectedVersion: 1 },
        },
        session,
      );
      expect([403, 404], `${role} PUT plan`).toContain(change.statusCode);
    });
  }

  it("is read by the Region's administrator", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/pathways/${pathwayId}/plan` },
      await t.sessionAs("region_admin"),
    );
    expect(response.json().plan.objectives).toBe(secret);
  });
});

/**
 * For every role: an ambassador who was a trainee at another training organisation's site is never
 * listed, invited nor answered for, and that organisation's information sessions are never offered.
 */
describe("another organisation's ambassadors", () => {
  let t: TestApp;
  let ambassadorId: string;
  let theirSession: string;
  let ourSession: string;
  let invitationId: string;
  const secret = "Invisible-Mot de l'ambassadeur";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const trainee = await traineeOutOfReach(db);
    ambassadorId = await becomeAmbassador(db, { personId: trainee.personId, message: secret });
    theirSession = await informationSessionAt(db, trainee.siteId, 10);
    ourSession = await informationSessionAt(db, (await siteOf(db)).id, 10);
    const [invitation] = await db
      .insert(ambassadorInvitations)
      .values({ ambassadorId, informationSessionId: theirSession })
      .returning({ id: ambassadorInvitations.id });
    invitationId = invitation?.id as string;
  });
  afterAll(() => t.close());

  for (const role of ROLES) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role);
      for (const url of ["/api/ambassadors", "/api/ambassadors/information-sessions"]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([200, 403], `${role} GET ${url}`).toContain(response.statusCode);
        expect(
          response.body.includes(secret) || response.body.includes(theirSession),
          `${role} GET ${url}`,
        ).toBe(false);
      }
      for (const informationSessionId of [theirSession, ourSession]) {
        const response = await t.request(
          {
            method: "POST",
            url: `/api/ambassadors/${ambassadorId}/invitations`,
            payload: { informationSessionId },
          },
          session,
        );
        expect([403, 404], `${role} POST invitation`).toContain(response.statusCode);
      }
      const answer = await t.request(
        {
          method: "PUT",
          url: `/api/me/ambassador/invitations/${invitationId}`,
          payload: { response: "declined" },
        },
        session,
      );
      expect([403, 404], `${role} PUT answer`).toContain(answer.statusCode);
      const [invitation] = await t.database.db
        .select()
        .from(ambassadorInvitations)
        .where(eq(ambassadorInvitations.id, invitationId));
      expect(invitation?.response).toBeNull();
    });
  }
});

/**
 * For every role: another organisation's trainee's profile at entry, exit and end-of-training certificate
 * (the pathway exited) are never read nor written.
 */
describe("another organisation's trainee: profile at entry, exit and certificate", () => {
  let t: TestApp;
  let pathwayId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ pathwayId } = await traineeOutOfReach(t.database.db));
    await t.database.db
      .update(pathways)
      .set({ exitDate: "2026-10-30", exitReason: "completed", situationAtExit: "job_seeking" })
      .where(eq(pathways.id, pathwayId));
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      for (const url of [
        `/api/pathways/${pathwayId}/entry-profile`,
        `/api/pathways/${pathwayId}/exit/defaults`,
        `/api/pathways/${pathwayId}/end-of-training-certificate.pdf`,
      ]) {
        const response = await t.request({ method: "GET", url }, session);
        expect([403, 404], `${role} GET ${url}`).toContain(response.statusCode);
      }
      for (const [method, url, payload] of [
        ["PUT", `/api/pathways/${pathwayId}/entry-profile`, { rqth: true }],
        [
          "POST",
          `/api/pathways/${pathwayId}/exit`,
          {
            exitDate: "2026-10-29",
            reason: "early_exit_dropout",
            situationAtExit: "inactive",
            nextStep: { kind: "other", plan: "Intrusion" },
            correction: true,
          },
        ],
      ] as const) {
        const response = await t.request({ method, url, payload }, session);
        expect([403, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
      }
      const [row] = await t.database.db.select().from(pathways).where(eq(pathways.id, pathwayId));
      expect(row).toMatchObject({ rqth: false, exitDate: "2026-10-30", exitReason: "completed" });
    });
  }
});

/**
 * For every role: the follow-up of another organisation's former trainee (on its call list, answered
 * by nobody) is never read, answered, counted nor listed.
 */
describe("another organisation's former trainee: follow-ups", () => {
  let t: TestApp;
  let pathwayId: string;
  let followUpId: string;
  const lastName = "Invisible-Suivi";

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ({ pathwayId } = await traineeOutOfReach(db, lastName));
    await db
      .update(pathways)
      .set({ exitDate: "2026-01-30", exitReason: "completed" })
      .where(eq(pathways.id, pathwayId));
    const [row] = await db
      .insert(followUps)
      .values({ pathwayId, months: 6, dueDate: "2026-07-30", callListedAt: new Date() })
      .returning({ id: followUps.id });
    followUpId = row?.id as string;
  });
  afterAll(() => t.close());

  const answers = {
    situation: "inactive",
    projectIdentified: false,
    situationImproved: false,
    selfEsteem: 1,
    barriersRemaining: [],
  };

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`are never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      const read = await t.request({ method: "GET", url: `/api/pathways/${pathwayId}/follow-ups` }, session);
      expect([403, 404], `${role} GET follow-ups`).toContain(read.statusCode);
      for (const url of ["/api/follow-ups/call-list", "/api/follow-ups/response-rates"]) {
        const response = await t.request({ method: "GET", url }, session);
        expect(response.body.includes(lastName), `${role} GET ${url}`).toBe(false);
      }
      for (const [url, payload] of [
        [`/api/follow-ups/${followUpId}/phone-answer`, answers],
        [`/api/follow-ups/${followUpId}/call-attempts`, undefined],
        [`/api/pathways/${pathwayId}/follow-ups/demo-send`, undefined],
      ] as const) {
        const response = await t.request({ method: "POST", url, payload }, session);
        expect([403, 404], `${role} POST ${url}`).toContain(response.statusCode);
      }
      const [row] = await t.database.db.select().from(followUps).where(eq(followUps.id, followUpId));
      expect(row).toMatchObject({ answeredAt: null, callAttempts: 0 });
    });
  }
});

/**
 * For every role: the tripartite interview of another organisation's trainee is never read, scheduled
 * nor recorded, nor counted in their view of interviews; the Region reads it.
 */
describe("another organisation's trainee: tripartite interview", () => {
  let t: TestApp;
  let trainee: Awaited<ReturnType<typeof traineeOutOfReach>>;
  const secret = "Invisible-Salle-Entretien";

  beforeAll(async () => {
    t = await createTestApp();
    trainee = await traineeOutOfReach(t.database.db, "Invisible-Tripartite");
    await t.database.db.insert(tripartiteInterviews).values({
      pathwayId: trainee.pathwayId,
      dueDate: "2026-09-01",
      scheduledAt: new Date("2026-12-01T09:00:00Z"),
      place: secret,
    });
  });
  afterAll(() => t.close());

  for (const role of ROLES.filter((candidate) => candidate !== "region_admin")) {
    it(`is never seen nor touched by ${role}`, async () => {
      const session = await t.sessionAs(role as Role);
      const url = `/api/pathways/${trainee.pathwayId}/tripartite-interview`;
      const read = await t.request({ method: "GET", url }, session);
      expect([403, 404], `${role} GET`).toContain(read.statusCode);
      expect(read.body.includes(secret)).toBe(false);
      const overview = await t.request(
        { method: "GET", url: "/api/tripartite-interviews/overview" },
        session,
      );
      expect([200, 403], `${role} overview`).toContain(overview.statusCode);
      expect(overview.body.includes(trainee.siteId), `${role} overview`).toBe(false);
      for (const [path, payload] of [
        ["schedule", { date: "2099-01-05", time: "10:00", place: "Intrusion" }],
        ["record", { heldOn: "2026-11-02", nextStep: { kind: "other", plan: "Intrusion" } }],
      ] as const) {
        const response = await t.request({ method: "PUT", url: `${url}/${path}`, payload }, session);
        expect([403, 404], `${role} PUT ${path}`).toContain(response.statusCode);
      }
      const [row] = await t.database.db
        .select()
        .from(tripartiteInterviews)
        .where(eq(tripartiteInterviews.pathwayId, trainee.pathwayId));
      expect(row).toMatchObject({ place: secret, heldOn: null });
    });
  }

  it("is read by the Region's administrator", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/pathways/${trainee.pathwayId}/tripartite-interview` },
      await t.sessionAs("region_admin"),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ state: "scheduled", place: secret, mayManage: false });
  });
});
