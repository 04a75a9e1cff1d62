import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { users } from "../accounts/accounts.tables";
import { auditEvents } from "../audit/audit.tables";
import { enterTrainee, linkDemoTrainee, siteOf, type TestTrainee } from "./test-fixtures";

/** Who sees which pathway: the site's organisation, the prescriber that sent the trainee, the trainee. */
describe("pathways API", () => {
  let t: TestApp;
  let ours: TestTrainee;
  let elsewhere: TestTrainee;

  beforeAll(async () => {
    t = await createTestApp();
    ours = await enterTrainee(t.database.db, { lastName: "Nouveau" });
    const otherSite = await siteOf(t.database.db, "OF20");
    elsewhere = await enterTrainee(t.database.db, {
      siteId: otherSite.id,
      prescriberCode: "ML87",
      referentEmail: null,
      lastName: "Ailleurs",
    });
  });
  afterAll(() => t.close());

  const list = async (role: Parameters<TestApp["sessionAs"]>[0], query = "") =>
    t.request({ method: "GET", url: `/api/pathways${query}` }, await t.sessionAs(role));

  it("lists the site's trainees to its training organisation, current ones first", async () => {
    const response = await list("training_staff", "?state=current");
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(ours.pathwayId);
    expect(ids).not.toContain(elsewhere.pathwayId);
    expect(response.json().items.every((item: { state: string }) => item.state === "current")).toBe(true);
  });

  it("lists to a prescriber only the people their organisation sent", async () => {
    const ids = (await list("prescriber_advisor")).json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(ours.pathwayId);
    expect(ids).not.toContain(elsewhere.pathwayId);
  });

  it("finds a trainee by name", async () => {
    const items = (await list("training_manager", "?q=nouv")).json().items;
    expect(items.map((item: { id: string }) => item.id)).toEqual([ours.pathwayId]);
  });

  it("hides another organisation's pathway as if it did not exist", async () => {
    const response = await t.request(
      { method: "GET", url: `/api/pathways/${elsewhere.pathwayId}` },
      await t.sessionAs("training_staff"),
    );
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe("Parcours introuvable.");
  });

  it("reads a pathway with what the caller may do, and audits the reading", async () => {
    const staff = await t.sessionAs("training_staff");
    const response = await t.request({ method: "GET", url: `/api/pathways/${ours.pathwayId}` }, staff);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: ours.pathwayId,
      state: "current",
      prescriberOrganisation: { code: "FT33" },
      traineeAccess: null,
      may: { manage: true, readSensitiveBarriers: true },
    });
    const advisorView = await t.request(
      { method: "GET", url: `/api/pathways/${ours.pathwayId}` },
      await t.sessionAs("prescriber_advisor"),
    );
    expect(advisorView.json().may).toEqual({
      manage: false,
      readSensitiveBarriers: true,
      readCertificate: false,
    });
    const officerView = await t.request(
      { method: "GET", url: `/api/pathways/${ours.pathwayId}` },
      await t.sessionAs("region_admin"),
    );
    expect(officerView.json().may).toEqual({
      manage: false,
      readSensitiveBarriers: false,
      readCertificate: false,
    });
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "pathway.read"), eq(auditEvents.recordId, ours.pathwayId)));
    expect(audited.length).toBe(3);
  });

  it("shows a trainee their own pathway and nobody else's", async () => {
    await linkDemoTrainee(t.database.db, ours.personId);
    const trainee = await t.sessionAs("trainee");
    const items = (await t.request({ method: "GET", url: "/api/pathways" }, trainee)).json().items;
    expect(items.map((item: { id: string }) => item.id)).toEqual([ours.pathwayId]);
    const other = await t.request({ method: "GET", url: `/api/pathways/${elsewhere.pathwayId}` }, trainee);
    expect(other.statusCode).toBe(404);
  });

  it("tells since when the trainee's space is open and when they last signed in", async () => {
    const userId = await linkDemoTrainee(t.database.db, ours.personId);
    const lastLogin = new Date("2026-11-20T08:30:00Z");
    await t.database.db.update(users).set({ lastLoginAt: lastLogin }).where(eq(users.id, userId));
    const [account] = await t.database.db.select().from(users).where(eq(users.id, userId));
    const read = async () =>
      (
        await t.request(
          { method: "GET", url: `/api/pathways/${ours.pathwayId}` },
          await t.sessionAs("training_staff"),
        )
      ).json().traineeAccess;
    expect(await read()).toEqual({
      since: account?.createdAt.toISOString(),
      lastSignInAt: lastLogin.toISOString(),
    });
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, userId));
    expect(await read()).toBeNull();
    await t.database.db.update(users).set({ active: true }).where(eq(users.id, userId));
  });

  it("refuses a malformed identifier in French", async () => {
    const response = await t.request(
      { method: "GET", url: "/api/pathways/pas-un-id" },
      await t.sessionAs("training_staff"),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain("Parcours inconnu");
  });
});
