import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import type { Database } from "../../db/database";

/**
 * `indicator_facts` is a copy of the view `indicator_facts_source` kept by triggers: after every kind of
 * write the indicators depend on, the copy must equal the view, row for row.
 */
describe("indicator facts", () => {
  let database: Database;
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await database.db.execute(query)) as unknown as { rows: Record<string, string | number | null>[] })
      .rows;
  const differences = async () => {
    const [row] = await rows(sql`select
      (select count(*) from (select * from indicator_facts except select * from indicator_facts_source) stale)::int as stale,
      (select count(*) from (select * from indicator_facts_source except select * from indicator_facts) missing)::int as missing`);
    return row;
  };
  const factsOf = async (pathwayId: string) =>
    (await rows(sql`select * from indicator_facts where pathway_id = ${pathwayId}`))[0];
  let marked: { pathwayId: string; sessionId: string; hours: string };

  beforeAll(async () => {
    database = await createTestDatabase("demo");
    const [row] = await rows(
      sql`select a.pathway_id, a.session_id, a.hours::text from attendance a
        join collective_sessions cs on cs.id = a.session_id
        where a.status = 'present' and cs.cancelled_at is null and a.hours > 0 order by cs.starts_at limit 1`,
    );
    if (!row) throw new Error("The demo has no attendance marked present");
    marked = {
      pathwayId: String(row.pathway_id),
      sessionId: String(row.session_id),
      hours: String(row.hours),
    };
  });
  afterAll(async () => database.close());

  it("holds one row per pathway, equal to the view, once the demo is loaded", async () => {
    const [counts] = await rows(
      sql`select (select count(*) from pathways)::int as pathways, (select count(*) from indicator_facts)::int as facts`,
    );
    expect(counts?.facts).toBe(counts?.pathways);
    expect(await differences()).toEqual({ stale: 0, missing: 0 });
  });

  it("follows attendance: a mark changed to absent, then the session cancelled and restored", async () => {
    const before = Number((await factsOf(marked.pathwayId))?.hours_done);
    await database.db.execute(
      sql`update attendance set status = 'absent_unexcused' where pathway_id = ${marked.pathwayId} and session_id = ${marked.sessionId}`,
    );
    expect(Number((await factsOf(marked.pathwayId))?.hours_done)).toBeCloseTo(before - Number(marked.hours));
    await database.db.execute(
      sql`update attendance set status = 'present' where pathway_id = ${marked.pathwayId} and session_id = ${marked.sessionId}`,
    );
    expect(Number((await factsOf(marked.pathwayId))?.hours_done)).toBeCloseTo(before);
    await database.db.execute(
      sql`update collective_sessions set cancelled_at = now() where id = ${marked.sessionId}`,
    );
    expect(await differences()).toEqual({ stale: 0, missing: 0 });
    expect(Number((await factsOf(marked.pathwayId))?.hours_done)).toBeLessThan(before);
    await database.db.execute(
      sql`update collective_sessions set cancelled_at = null where id = ${marked.sessionId}`,
    );
    expect(Number((await factsOf(marked.pathwayId))?.hours_done)).toBeCloseTo(before);
  });

  it("follows deleted attendance and internships' hours done", async () => {
    await database.db.execute(
      sql`delete from attendance where pathway_id = ${marked.pathwayId} and session_id = ${marked.sessionId}`,
    );
    await database.db.execute(
      sql`update internships set hours_done = coalesce(hours_done, 0) + 7 where id = (select id from internships order by id limit 1)`,
    );
    expect(await differences()).toEqual({ stale: 0, missing: 0 });
  });

  it("follows the person, the referral, the prescriber's network and the 6-month answers", async () => {
    const pathwayId = marked.pathwayId;
    await database.db.execute(
      sql`update people set gender = 'X' where id = (select person_id from pathways where id = ${pathwayId})`,
    );
    expect((await factsOf(pathwayId))?.gender).toBe("X");
    await database.db.execute(
      sql`update referrals set channel = 'iae' where id = (select referral_id from pathways where id = ${pathwayId})`,
    );
    expect((await factsOf(pathwayId))?.channel).toBe("iae");
    await database.db.execute(
      sql`update organisations set network_type = 'university' where id = (
        select r.prescriber_organisation_id from pathways p join referrals r on r.id = p.referral_id
        where p.source is null and r.channel is null and r.prescriber_organisation_id is not null limit 1)`,
    );
    await database.db.execute(
      sql`update follow_ups set situation = 'apprenticeship'
        where id = (select id from follow_ups where months = 6 and answered_at is not null order by id limit 1)`,
    );
    await database.db.execute(
      sql`update pathways set exit_reason = null, exit_date = null, situation_at_exit = null, exit_recorded_at = null
        where id = (select id from pathways where exit_date is not null and source is null order by id limit 1)`,
    );
    expect(await differences()).toEqual({ stale: 0, missing: 0 });
  });
});
