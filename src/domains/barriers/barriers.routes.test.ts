import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import { userLots, users } from "../accounts/accounts.tables";
import type { Role } from "../accounts/roles";
import { createUser } from "../accounts/test-fixtures";
import { auditEvents } from "../audit/audit.tables";
import { parisDay } from "../paris-time";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "../pathways/test-fixtures";
import { sites } from "../territory/territory.tables";
import type { BarrierItem, BarrierList } from "./barriers.schemas";
import { barrierEvents } from "./barriers.tables";

/** What only those who need it may read: a health barrier's situation, details, and what is done for it. */
const HEALTH_DETAILS = "Suivi au CMP le mardi, traitement en cours";
const HEALTH_PARTNER = "Centre médico-psychologique de Libourne";
const HEALTH_ACTION = "Accompagnement vers le psychologue du CMP";
const SECRETS = [HEALTH_DETAILS, HEALTH_PARTNER, HEALTH_ACTION, "mental_health"];

describe("barriers API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;
  let sessions: Record<string, SessionHeaders>;
  let healthId: string;
  let mobilityId: string;

  const call = (session: SessionHeaders, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    t.request({ method, url, ...(payload ? { payload } : {}) }, session);
  const barriersOf = (list: BarrierList, theme: BarrierItem["theme"]) =>
    list.items.filter((item) => item.theme === theme);

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ours = await enterTrainee(db, { lastName: "Frein" });
    const otherSite = await siteOf(db, "OF20");
    elsewhere = await enterTrainee(db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
      lastName: "Ailleurs",
    });
    const [officer] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoAccount("territorial_officer").email));
    await db
      .insert(userLots)
      .values({ userId: officer?.id as string, lotId: ours.lotId })
      .onConflictDoNothing();
    await linkDemoTrainee(db, ours.personId);
    const [advisor] = await db
      .select({ organisationId: users.organisationId })
      .from(users)
      .where(eq(users.email, demoAccount("prescriber_advisor").email));
    const colleague = await createUser(db, {
      email: "collegue.ft33@amorce.test",
      role: "prescriber_advisor",
      organisationId: advisor?.organisationId ?? null,
    });
    const [other] = await db
      .select({ organisationId: sites.organisationId })
      .from(sites)
      .where(eq(sites.id, otherSite.id));
    const otherStaff = await createUser(db, {
      email: "formateur.of20@amorce.test",
      role: "training_staff",
      organisationId: other?.organisationId ?? null,
    });
    sessions = { colleague: await t.sessionFor(colleague), otherStaff: await t.sessionFor(otherStaff) };
    for (const role of [
      "region_admin",
      "territorial_officer",
      "training_manager",
      "training_staff",
      "prescriber_admin",
      "prescriber_advisor",
      "evaluator",
      "trainee",
    ] as const satisfies readonly Role[]) {
      sessions[role] = await t.sessionAs(role);
    }
  });
  afterAll(() => t.close());

  it("lets the site's staff add barriers from the catalogue, identified today by default", async () => {
    const staff = sessions.training_staff as SessionHeaders;
    const health = await call(staff, "POST", `/api/pathways/${ours.pathwayId}/barriers`, {
      theme: "health",
      situation: "mental_health",
      severity: "high",
      details: HEALTH_DETAILS,
    });
    expect(health.statusCode, health.body).toBe(201);
    const mobility = await call(staff, "POST", `/api/pathways/${ours.pathwayId}/barriers`, {
      theme: "mobility",
      situation: "no_licence",
      severity: "medium",
      details: "",
      identifiedOn: "2026-09-07",
    });
    expect(mobility.statusCode, mobility.body).toBe(201);
    const list = mobility.json() as BarrierList;
    const [healthItem] = barriersOf(list, "health");
    const [mobilityItem] = barriersOf(list, "mobility");
    healthId = healthItem?.id as string;
    mobilityId = mobilityItem?.id as string;
    expect(healthItem).toMatchObject({
      restricted: true,
      withheld: false,
      situation: "mental_health",
      details: HEALTH_DETAILS,
      status: "identified",
      identifiedOn: parisDay(new Date()),
      closedOn: null,
    });
    expect(mobilityItem).toMatchObject({ details: null, identifiedOn: "2026-09-07", restricted: false });
    expect(mobilityItem?.history).toEqual([
      expect.objectContaining({ kind: "identified", fromStatus: null, toStatus: "identified" }),
    ]);
    expect(mobilityItem?.history[0]?.actorLabel).toContain(demoAccount("training_staff").displayName);
    expect(list.sensitiveShown).toBe(true);
  });

  it("refuses a situation of another theme, an unknown theme or a future date, in French", async () => {
    const staff = sessions.training_staff as SessionHeaders;
    const url = `/api/pathways/${ours.pathwayId}/barriers`;
    const pair = await call(staff, "POST", url, { theme: "mobility", situation: "debt", severity: "low" });
    expect(pair.statusCode).toBe(400);
    expect(pair.json().message).toBe(
      "Cette situation ne fait pas partie du thème « Mobilité » : choisissez-en une de la liste.",
    );
    const theme = await call(staff, "POST", url, { theme: "weather", situation: "rain", severity: "low" });
    expect(theme.statusCode).toBe(400);
    expect(theme.json().message).toContain("Thème inconnu");
    const future = await call(staff, "POST", url, {
      theme: "money",
      situation: "debt",
      severity: "low",
      identifiedOn: "2099-01-01",
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toBe("Le frein ne peut pas être repéré à une date future.");
  });

  it("moves a barrier along the declared statuses only, closing it when lifted, each change in its history", async () => {
    const staff = sessions.training_staff as SessionHeaders;
    const url = `/api/barriers/${mobilityId}`;
    expect((await call(staff, "PATCH", url, { status: "in_progress" })).statusCode).toBe(200);
    const back = await call(staff, "PATCH", url, { status: "identified" });
    expect(back.statusCode).toBe(409);
    expect(back.json().message).toBe(
      "Un frein au statut « En cours de levée » ne peut pas passer au statut « Repéré ».",
    );
    const lifted = await call(staff, "PATCH", url, { status: "lifted", severity: "low" });
    expect(lifted.statusCode, lifted.body).toBe(200);
    const [item] = barriersOf(lifted.json(), "mobility");
    expect(item).toMatchObject({ status: "lifted", severity: "low", closedOn: parisDay(new Date()) });
    expect(item?.history.map((event) => [event.kind, event.fromStatus, event.toStatus])).toEqual([
      ["identified", null, "identified"],
      ["status_changed", "identified", "in_progress"],
      ["status_changed", "in_progress", "lifted"],
      ["severity_changed", "medium", "low"],
    ]);
    const again = await call(staff, "PATCH", url, { status: "lifted" });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe("Le frein est déjà au statut « Levé ».");
    const empty = await call(staff, "PATCH", url, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain("Indiquez ce qui change");
  });

  it("adds and changes the actions that lift a barrier, each in the history", async () => {
    const staff = sessions.training_staff as SessionHeaders;
    const added = await call(staff, "POST", `/api/barriers/${healthId}/actions`, {
      description: HEALTH_ACTION,
      partner: HEALTH_PARTNER,
      dueOn: "2026-12-12",
    });
    expect(added.statusCode, added.body).toBe(201);
    const [health] = barriersOf(added.json(), "health");
    const action = health?.actions[0];
    expect(action).toMatchObject({ description: HEALTH_ACTION, status: "planned", dueOn: "2026-12-12" });
    const changed = await call(staff, "PATCH", `/api/barrier-actions/${action?.id}`, {
      status: "in_progress",
      dueOn: "",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const [after] = barriersOf(changed.json(), "health");
    expect(after?.actions[0]).toMatchObject({ status: "in_progress", dueOn: null, partner: HEALTH_PARTNER });
    expect(after?.history.slice(1).map((event) => [event.kind, event.fromStatus, event.toStatus])).toEqual([
      ["action_added", null, "planned"],
      ["action_changed", "planned", "in_progress"],
    ]);
    expect(after?.history.slice(1).every((event) => event.actionId === action?.id)).toBe(true);
    const noDescription = await call(staff, "POST", `/api/barriers/${healthId}/actions`, {
      description: " ",
    });
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.json().message).toContain("Décrivez l'action.");
  });

  for (const who of ["training_staff", "training_manager", "prescriber_advisor", "trainee"]) {
    it(`shows the health details to ${who}, who needs them, and audits it`, async () => {
      const response = await call(
        sessions[who] as SessionHeaders,
        "GET",
        `/api/pathways/${ours.pathwayId}/barriers`,
      );
      expect(response.statusCode).toBe(200);
      for (const secret of SECRETS) expect(response.body).toContain(secret);
      expect(response.json().sensitiveShown).toBe(true);
    });
  }

  for (const who of ["region_admin", "territorial_officer", "prescriber_admin", "colleague"]) {
    it(`withholds the health details from ${who}, who reads the pathway without that need`, async () => {
      const response = await call(
        sessions[who] as SessionHeaders,
        "GET",
        `/api/pathways/${ours.pathwayId}/barriers`,
      );
      expect(response.statusCode).toBe(200);
      for (const secret of SECRETS) expect(response.body).not.toContain(secret);
      const list = response.json() as BarrierList;
      expect(list.sensitiveShown).toBe(false);
      const [health] = barriersOf(list, "health");
      expect(health).toMatchObject({ withheld: true, situation: null, details: null, severity: "high" });
      expect(health?.actions).toEqual([
        expect.objectContaining({ description: null, partner: null, status: "in_progress" }),
      ]);
      expect(barriersOf(list, "mobility")[0]).toMatchObject({ situation: "no_licence", withheld: false });
      expect(list.summary).toEqual([
        { theme: "mobility", total: 1, identified: 0, inProgress: 0, lifted: 1, notLifted: 0 },
        { theme: "health", total: 1, identified: 1, inProgress: 0, lifted: 0, notLifted: 0 },
      ]);
    });
  }

  it("shows nothing to an evaluator, nor to another organisation", async () => {
    const url = `/api/pathways/${ours.pathwayId}/barriers`;
    const evaluator = await call(sessions.evaluator as SessionHeaders, "GET", url);
    expect(evaluator.statusCode).toBe(403);
    const other = await call(sessions.otherStaff as SessionHeaders, "GET", url);
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toBe("Parcours introuvable.");
    for (const response of [evaluator, other]) {
      for (const secret of SECRETS) expect(response.body).not.toContain(secret);
    }
  });

  it("records every view in the audit log, and each view of health details apart", async () => {
    const db = t.database.db;
    const rows = await db
      .select({ action: auditEvents.action, role: auditEvents.actorRole, details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.action, ["barrier.list", "barrier.sensitive_read"]),
          eq(auditEvents.recordId, ours.pathwayId),
        ),
      );
    const listed = (role: string, shown: boolean) =>
      rows.some(
        (row) => row.action === "barrier.list" && row.role === role && row.details?.sensitiveShown === shown,
      );
    for (const role of ["region_admin", "territorial_officer", "prescriber_admin"])
      expect(listed(role, false)).toBe(true);
    for (const role of ["training_manager", "prescriber_advisor", "trainee"])
      expect(listed(role, true)).toBe(true);
    const sensitive = rows.filter((row) => row.action === "barrier.sensitive_read");
    expect(new Set(sensitive.map((row) => row.role))).toEqual(
      new Set(["training_staff", "training_manager", "prescriber_advisor", "trainee"]),
    );
    expect(
      sensitive.every((row) => JSON.stringify(row.details) === JSON.stringify({ barrierIds: [healthId] })),
    ).toBe(true);
    const writes = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.recordId, [healthId, mobilityId]));
    expect(writes.map((row) => row.action).sort()).toEqual([
      "barrier.create",
      "barrier.create",
      "barrier.update",
      "barrier.update",
    ]);
  });

  it("lets no prescriber, Region or trainee change a barrier", async () => {
    for (const who of ["prescriber_advisor", "region_admin", "trainee"]) {
      const session = sessions[who] as SessionHeaders;
      const responses = [
        await call(session, "POST", `/api/pathways/${ours.pathwayId}/barriers`, {
          theme: "money",
          situation: "debt",
          severity: "low",
        }),
        await call(session, "PATCH", `/api/barriers/${healthId}`, { status: "lifted" }),
        await call(session, "POST", `/api/barriers/${healthId}/actions`, { description: "Intrusion" }),
      ];
      expect(
        responses.map((response) => response.statusCode),
        who,
      ).toEqual([403, 403, 403]);
    }
  });

  it("hides another organisation's barriers as if they did not exist", async () => {
    const theirs = await call(
      sessions.otherStaff as SessionHeaders,
      "POST",
      `/api/pathways/${elsewhere.pathwayId}/barriers`,
      {
        theme: "justice",
        situation: "court_order",
        severity: "medium",
        details: "Contrôle judiciaire",
      },
    );
    expect(theirs.statusCode, theirs.body).toBe(201);
    const [justice] = (theirs.json() as BarrierList).items;
    const staff = sessions.training_staff as SessionHeaders;
    const attempts = [
      await call(staff, "GET", `/api/pathways/${elsewhere.pathwayId}/barriers`),
      await call(staff, "POST", `/api/pathways/${elsewhere.pathwayId}/barriers`, {
        theme: "money",
        situation: "debt",
        severity: "low",
      }),
      await call(staff, "PATCH", `/api/barriers/${justice?.id}`, { status: "in_progress" }),
      await call(staff, "POST", `/api/barriers/${justice?.id}/actions`, { description: "Intrusion" }),
    ];
    expect(attempts.map((response) => response.statusCode)).toEqual([404, 404, 404, 404]);
    expect(attempts[2]?.json().message).toBe("Frein introuvable.");
    const events = await t.database.db
      .select({ kind: barrierEvents.kind })
      .from(barrierEvents)
      .where(eq(barrierEvents.barrierId, justice?.id as string));
    expect(events).toEqual([{ kind: "identified" }]);
  });
});
