import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { runIndicators } from "../../cli/indicators.command";
import type { Role } from "../accounts/roles";
import { barriers } from "../barriers/barriers.tables";
import { followUps } from "../follow-ups/follow-ups.tables";
import { exitPathway } from "../follow-ups/test-fixtures";
import { enterTrainee } from "../pathways/test-fixtures";
import { tripartiteInterviews } from "../tripartite-interviews/tripartite-interviews.tables";
import { rowsOf } from "./count-indicators";
import type { Dashboard } from "./indicators.schemas";
import { communesOf, importTestRecords, sitesWithLots } from "./test-fixtures";

/**
 * The indicators API on hand-made data in 2016 and 2017 (the demo's own start in 2019): five imported
 * records entered in 2017 in two lots (A: two sites, B: one), and in 2016 two of Amorce's own pathways
 * of lot A, with their follow-ups, tripartite interview and barriers.
 */
describe("indicators API", () => {
  let t: TestApp;
  let lotA: { id: string; code: string; target: number };
  let lotB: { id: string; code: string };
  let siteA1: { id: string; code: string };
  let siteA2: { id: string; code: string };
  let basinA: string;
  let basinB: string;
  let officerOtherLot: string;

  const get = async (url: string, role: Role = "region_admin") =>
    t.request({ method: "GET", url }, await t.sessionAs(role));
  const dashboardOf = async (query: string, role: Role = "region_admin") => {
    const response = await get(`/api/indicators/dashboard?${query}`, role);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboard;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const sites = await sitesWithLots(db);
    const officerLots = new Set(
      (
        await rowsOf(
          db,
          sql`select ul.lot_id::text as lot_id from user_lots ul join users u on u.id = ul.user_id where u.email = 'charge.mission@amorce.test'`,
        )
      ).map((row) => String(row.lot_id)),
    );
    const perLot = new Map<string, typeof sites>();
    for (const site of sites) perLot.set(site.lotId, [...(perLot.get(site.lotId) ?? []), site]);
    const [a1, a2] = [...perLot.values()].find((ofLot) => ofLot.length >= 2) ?? [];
    const b = sites.find((site) => site.lotId !== a1?.lotId);
    const other = sites.find((site) => !officerLots.has(site.lotId));
    if (!a1 || !a2 || !b || !other) throw new Error("the demo's territory changed");
    [siteA1, siteA2, officerOtherLot] = [a1, a2, other.lotCode];
    const [lotRowA] = await rowsOf(db, sql`select target from lots where id = ${a1.lotId}::uuid`);
    lotA = { id: a1.lotId, code: a1.lotCode, target: Number(lotRowA?.target) };
    lotB = { id: b.lotId, code: b.lotCode };
    const [communesA, communesB] = [await communesOf(db, lotA.id), await communesOf(db, lotB.id)];
    [basinA, basinB] = [communesA.rural.basinId, communesB.urban.basinId];
    const sameBasin = communesA.urban.basinId === basinA;
    if (!sameBasin) throw new Error("lot A's first basin has no urban commune");

    const pathwayOf = await importTestRecords(db, [
      {
        record_id: "r1",
        site_code: a1.code,
        commune_code: communesA.rural.code,
        birth_date: "1995-05-01",
        gender: "F",
        qualification_level: "infra3",
        referral_date: "2017-01-02",
        entry_date: "2017-01-09",
        exit_date: "2017-04-28",
        exit_reason: "completed",
        situation_before_12m: "job_seeking",
        situation_exit: "employment_short",
        situation_6m: "employment_durable",
      },
      {
        record_id: "r2",
        site_code: a1.code,
        commune_code: communesA.urban.code,
        birth_date: "1980-01-01",
        gender: "M",
        qualification_level: "4",
        referral_channel: "mission_locale",
        entry_date: "2017-01-25",
        exit_date: "2017-03-15",
        exit_reason: "early_exit_dropout",
        situation_before_12m: "qualifying_training_other",
        situation_exit: "job_seeking",
        situation_6m: "qualifying_training_prf",
      },
      {
        record_id: "r3",
        site_code: a2.code,
        commune_code: communesA.urban.code,
        birth_date: "1970-12-31",
        gender: "X",
        referral_channel: "self",
        entry_date: "2017-02-14",
      },
      {
        record_id: "r4",
        site_code: b.code,
        commune_code: communesB.urban.code,
        birth_date: "2000-01-01",
        gender: "F",
        qualification_level: "3",
        entry_date: "2017-03-01",
        exit_date: "2017-06-30",
        exit_reason: "completed",
        situation_exit: "job_seeking",
      },
      {
        record_id: "r5",
        site_code: a1.code,
        commune_code: communesA.urban.code,
        birth_date: "1990-06-15",
        gender: "M",
        qualification_level: "5",
        entry_date: "2017-02-01",
      },
    ]);

    // 2016: Amorce's own pathways of lot A, both out; only the one at site A1 had its interview.
    const native1 = await enterTrainee(db, { siteId: a1.id, entryDate: "2016-02-05" });
    const native2 = await enterTrainee(db, { siteId: a2.id, entryDate: "2016-03-05" });
    await db.execute(
      sql`update people set commune_code = ${communesA.urban.code} where id in (${native1.personId}::uuid, ${native2.personId}::uuid)`,
    );
    await db.execute(
      sql`update referrals set sent_at = '2016-01-15T10:00:00Z' where id in (${native1.referralId}::uuid, ${native2.referralId}::uuid)`,
    );
    await exitPathway(db, native1.pathwayId, "2016-06-01");
    await exitPathway(db, native2.pathwayId, "2016-06-15");
    await db
      .insert(tripartiteInterviews)
      .values({ pathwayId: native1.pathwayId, dueDate: "2016-05-15", heldOn: "2016-05-20" });
    await db.insert(followUps).values([
      {
        pathwayId: native1.pathwayId,
        months: 6,
        dueDate: "2016-12-01",
        answeredAt: new Date("2016-12-03T10:00:00Z"),
        answerChannel: "link",
        situation: "employment_short",
      },
      { pathwayId: native2.pathwayId, months: 6, dueDate: "2016-12-15" },
      { pathwayId: native2.pathwayId, months: 12, dueDate: "2017-06-15" },
    ]);
    const barrier = (
      pathwayId: string,
      theme: "mobility" | "housing",
      status: "identified" | "lifted" | "not_lifted",
    ) => ({
      pathwayId,
      theme,
      situation: theme === "mobility" ? "no_licence" : "temporary_housing",
      severity: "medium" as const,
      status,
      identifiedOn: "2016-02-05",
    });
    await db
      .insert(barriers)
      .values([
        barrier(native1.pathwayId, "mobility", "lifted"),
        barrier(native1.pathwayId, "housing", "identified"),
        barrier(native2.pathwayId, "mobility", "not_lifted"),
        barrier(pathwayOf.get("r1") as string, "housing", "lifted"),
      ]);
  });
  afterAll(() => t.close());

  describe("refuses", () => {
    it("a bad period with a French message", async () => {
      for (const url of ["/api/indicators", "/api/indicators/dashboard"]) {
        const bad = async (query: string) => {
          const response = await get(`${url}?${query}`);
          expect(response.statusCode, query).toBe(400);
          return response.json().message as string;
        };
        expect(await bad("from=01/02/2017&to=2017-12-31")).toMatch(/AAAA-MM-JJ/);
        expect(await bad("from=2017-02-30&to=2017-12-31")).toMatch("Cette date n'existe pas.");
        expect(await bad("to=2017-12-31")).toMatch(/from/);
        expect(await bad("from=2017-12-31&to=2017-01-01")).toMatch(
          "La date de début de la période doit précéder sa date de fin",
        );
        expect(await bad("from=2017-01-01&to=2017-12-31&residence=ville")).toMatch("Résidence");
      }
    });

    it("an unknown code with 404, naming it", async () => {
      for (const url of ["/api/indicators", "/api/indicators/dashboard"]) {
        const response = await get(`${url}?from=2017-01-01&to=2017-12-31&lot=L404`);
        expect(response.statusCode).toBe(404);
        expect(response.json().message).toBe("Lot « L404 » introuvable.");
      }
    });

    it("a territorial officer a lot they do not follow, and any trainee", async () => {
      for (const url of ["/api/indicators", "/api/indicators/dashboard"]) {
        const officer = await get(
          `${url}?from=2017-01-01&to=2017-12-31&lot=${officerOtherLot}`,
          "territorial_officer",
        );
        expect(officer.statusCode).toBe(403);
        expect(officer.json().message).toMatch("Vous ne suivez pas ce lot");
        expect((await get(`${url}?from=2017-01-01&to=2017-12-31`, "trainee")).statusCode).toBe(403);
      }
    });
  });

  describe("the dashboard of 2017", () => {
    let board: Dashboard;
    beforeAll(async () => {
      board = await dashboardOf("from=2017-01-01&to=2017-12-31");
    });

    it("gives the scope and the choices of the Region, sorted by code", () => {
      expect(board.period).toEqual({ from: "2017-01-01", to: "2017-12-31" });
      expect(board.scope).toEqual({ kind: "region", label: "Toute la région" });
      for (const list of Object.values(board.choices)) {
        const codes = list.map((item) => item.code);
        expect(codes).toEqual([...codes].sort());
      }
      expect(board.choices.lots.map((lot) => lot.id)).toContain(lotA.id);
      expect(board.choices.sites.map((site) => site.id)).toEqual(
        expect.arrayContaining([siteA1.id, siteA2.id]),
      );
      expect(board.choices.organisations.length).toBeGreaterThan(1);
    });

    it("follows the referred to their situation 6 months after", () => {
      expect(board.funnel.map((step) => [step.step, step.count])).toEqual([
        ["referred", 5],
        ["entered", 5],
        ["completed", 2],
        ["positive6m", 2],
      ]);
      expect(board.funnel[0]?.label).toBe("Orientations envoyées sur la période");
    });

    it("describes the entrants' profile", () => {
      const counts = (rows: Dashboard["profile"]["gender"]) =>
        Object.fromEntries(rows.map((row) => [row.value, row.count]));
      expect(counts(board.profile.qualification)).toEqual({
        infra3: 1,
        "3": 1,
        "4": 1,
        "5": 1,
        "6": 0,
        "7": 0,
        "8": 0,
        unknown: 1,
      });
      expect(board.profile.qualification.at(-1)).toMatchObject({ label: "Inconnu", share: 0.2 });
      expect(counts(board.profile.gender)).toEqual({ F: 2, M: 2, X: 1 });
      expect(board.profile.gender[0]).toEqual({ value: "F", label: "Femme", count: 2, share: 0.4 });
      // year of entry less year of birth: 22, 37, 47 (born on 31 December 1970), 17, 27
      expect(board.profile.age.map((row) => [row.label, row.count])).toEqual([
        ["Moins de 26 ans", 2],
        ["26 à 44 ans", 2],
        ["45 ans et plus", 1],
      ]);
      expect(board.profile.residence.map((row) => [row.value, row.count, row.share])).toEqual([
        ["rural", 1, 0.2],
        ["urban", 4, 0.8],
      ]);
    });

    it("compares the followed leavers' situations before, at exit and after", () => {
      const row = (situation: string) =>
        board.beforeAfter.find((candidate) => candidate.situation === situation);
      expect(board.beforeAfter).toHaveLength(8);
      expect(row("job_seeking")).toMatchObject({ before: 1, atExit: 1, after6m: 0 });
      expect(row("qualifying_training_other")).toMatchObject({ before: 1, atExit: 0, after6m: 0 });
      expect(row("employment_short")).toMatchObject({ before: 0, atExit: 1, after6m: 0 });
      expect(row("employment_durable")).toMatchObject({ before: 0, atExit: 0, after6m: 1 });
      expect(row("qualifying_training_prf")).toMatchObject({ before: 0, atExit: 0, after6m: 1 });
    });

    it("counts entries and leavers by month of entry, every month of the period", () => {
      expect(board.byMonth).toHaveLength(12);
      expect(board.byMonth.slice(0, 4)).toEqual([
        { month: "2017-01", entries: 2, leavers: 2 },
        { month: "2017-02", entries: 2, leavers: 0 },
        { month: "2017-03", entries: 1, leavers: 1 },
        { month: "2017-04", entries: 0, leavers: 0 },
      ]);
    });

    it("gives each lot its entries against its target, and its completion rate", () => {
      expect(board.byLot).toHaveLength(board.choices.lots.length);
      expect(board.byLot.find((row) => row.lot.id === lotA.id)).toEqual({
        lot: expect.objectContaining({ id: lotA.id, code: lotA.code }),
        entries: 4,
        target: lotA.target,
        realisation: 4 / lotA.target,
        completionRate: 0.5,
      });
      expect(board.byLot.find((row) => row.lot.id === lotB.id)).toMatchObject({
        entries: 1,
        completionRate: 1,
      });
    });

    it("gives each basin its entries per 1,000 inhabitants and its rural entrants", async () => {
      const [population] = await rowsOf(
        t.database.db,
        sql`select sum(c.population)::int as total from basin_communes bc join communes c on c.code = bc.commune_code where bc.basin_id = ${basinA}::uuid`,
      );
      const row = board.byBasin.find((candidate) => candidate.basin.id === basinA);
      expect(row).toMatchObject({
        entries: 4,
        population: Number(population?.total),
        ruralEntrants: 1,
        ruralShare: 0.25,
      });
      expect(row?.entriesPer1000).toBeCloseTo((4 * 1000) / Number(population?.total));
      expect(board.byBasin.find((candidate) => candidate.basin.id === basinB)).toMatchObject({
        entries: 1,
        ruralEntrants: 0,
        ruralShare: 0,
      });
    });

    it("gives each site its rolling admission: entries of a quarter over at least 3 ISO weeks", () => {
      const site = (id: string) => board.bySite.find((row) => row.site.id === id);
      expect(site(siteA1.id)).toMatchObject({
        lot: expect.objectContaining({ id: lotA.id }),
        entries: 3,
        siteQuarters: 1,
        rollingQuarters: 1,
        rollingShare: 1,
      });
      expect(site(siteA2.id)).toMatchObject({
        entries: 1,
        siteQuarters: 1,
        rollingQuarters: 0,
        rollingShare: 0,
      });
    });

    it("counts the barriers of the period's entrants by theme", () => {
      expect(board.barriers.map((row) => row.theme)).toHaveLength(9);
      expect(board.barriers.find((row) => row.theme === "housing")).toEqual({
        theme: "housing",
        label: "Logement",
        identified: 1,
        lifted: 1,
        liftedShare: 1,
      });
      expect(board.barriers.find((row) => row.theme === "mobility")).toMatchObject({
        identified: 0,
        liftedShare: null,
      });
    });
  });

  describe("the dashboard of 2016", () => {
    it("counts barriers identified and lifted, and the 6-month follow-ups due and answered", async () => {
      const board = await dashboardOf(`from=2016-01-01&to=2016-12-31&lot=${lotA.code}`);
      expect(board.barriers.find((row) => row.theme === "mobility")).toMatchObject({
        label: "Mobilité",
        identified: 2,
        lifted: 1,
        liftedShare: 0.5,
      });
      expect(board.followUps).toEqual([
        { lot: expect.objectContaining({ id: lotA.id }), due: 2, answered: 1, responseRate: 0.5 },
      ]);
    });

    it("alerts on a lot behind its target and a site with exits but no interview held", async () => {
      const board = await dashboardOf(`from=2016-01-01&to=2016-12-31&lot=${lotA.code}`);
      expect(
        board.alerts.filter((alert) => alert.kind === "lot_behind_target").map((alert) => alert.message),
      ).toEqual([expect.stringMatching(new RegExp(`^Lot ${lotA.code} .* : 2 entrées, pour environ`))]);
      expect(
        board.alerts
          .filter((alert) => alert.kind === "site_without_tripartite_interviews")
          .map((alert) => alert.message),
      ).toEqual([
        `Site ${siteA2.code} (${await siteName(siteA2.id)}) : 1 sortie sur la période sans aucun entretien tripartite tenu.`,
      ]);
    });

    it("alerts on the basins of the area without referrals, not on the one that has some", async () => {
      const board = await dashboardOf("from=2016-01-01&to=2016-12-31");
      const basins = board.alerts.filter((alert) => alert.kind === "basin_without_referrals");
      const codeOf = async (id: string) =>
        String((await rowsOf(t.database.db, sql`select code from basins where id = ${id}::uuid`))[0]?.code);
      const [codeA, codeB] = [await codeOf(basinA), await codeOf(basinB)];
      expect(basins.some((alert) => alert.message.startsWith(`Bassin ${codeB} `))).toBe(true);
      expect(basins.some((alert) => alert.message.startsWith(`Bassin ${codeA} `))).toBe(false);
    });

    it("does not alert on a lot whose entries keep up with its target", async () => {
      const board = await dashboardOf(`from=2017-03-01&to=2017-03-01&lot=${lotB.code}`);
      expect(board.byLot.map((row) => row.entries)).toEqual([1]);
      expect(board.alerts.filter((alert) => alert.kind === "lot_behind_target")).toEqual([]);
    });
  });

  const siteName = async (id: string) =>
    String((await rowsOf(t.database.db, sql`select name from sites where id = ${id}::uuid`))[0]?.name);

  describe("the command line and the API", () => {
    const capture = () => {
      const output = { lines: [] as string[], errors: [] as string[] };
      return {
        output,
        log: (line: string) => output.lines.push(line),
        error: (line: string) => output.errors.push(line),
      };
    };
    const valueAt = (json: unknown, key: string) =>
      key.split(".").reduce((object, part) => (object as Record<string, unknown>)[part], json);

    for (const [name, filters] of [
      ["a year", { from: "2017-01-01", to: "2017-12-31" }],
      ["a lot", { from: "2016-01-01", to: "2017-12-31", lot: "A" }],
      [
        "rural residents of a basin",
        { from: "2017-01-01", to: "2017-12-31", basin: "A", residence: "rural" },
      ],
      ["a network", { from: "2016-01-01", to: "2017-12-31", network: "france_travail" }],
    ] as const) {
      it(`give the same figures for ${name}`, async () => {
        const options: Record<string, string> = { ...filters };
        if ("lot" in filters) options.lot = lotA.code;
        if ("basin" in filters) {
          options.basin = String(
            (await rowsOf(t.database.db, sql`select code from basins where id = ${basinA}::uuid`))[0]?.code,
          );
        }
        const cli = capture();
        expect(await runIndicators(t.database.db, { ...options, format: "json" } as never, cli)).toBe(0);
        const printed = JSON.parse(cli.output.lines.join("\n"));
        const query = new URLSearchParams(options).toString();
        const board = await dashboardOf(query);
        const indicators = (await get(`/api/indicators?${query}`)).json();
        expect(board.indicators).toEqual(printed);
        expect(indicators.indicators).toEqual(printed);
        expect(indicators.lines).toEqual(board.lines);
        for (const line of board.lines) expect(line.value, line.key).toEqual(valueAt(printed, line.key));
        expect(printed.entries).toBeGreaterThan(0);
        expect(board.funnel.find((step) => step.step === "entered")?.count).toBe(printed.entries);
        expect(board.byMonth.reduce((sum, row) => sum + row.entries, 0)).toBe(printed.entries);
        expect(board.byLot.reduce((sum, row) => sum + row.entries, 0)).toBe(printed.entries);
        expect(board.bySite.reduce((sum, row) => sum + row.entries, 0)).toBe(printed.entries);
      });
    }
  });

  it("records one audit row per dashboard read, with the filters", async () => {
    const count = async () =>
      Number(
        (
          await rowsOf(
            t.database.db,
            sql`select count(*)::int as n from audit_events where action like 'indicators.%'`,
          )
        )[0]?.n,
      );
    const before = await count();
    await dashboardOf("from=2017-01-01&to=2017-12-31&residence=rural");
    expect(await count()).toBe(before + 1);
    const [row] = await rowsOf(
      t.database.db,
      sql`select action, details from audit_events where action like 'indicators.%' order by id desc limit 1`,
    );
    expect(row).toEqual({
      action: "indicators.dashboard.read",
      details: { from: "2017-01-01", to: "2017-12-31", residence: "rural" },
    });
  });
});
