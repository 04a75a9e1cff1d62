import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import { runRecordsExport, runRecordsImport } from "../../cli/records.command";
import type { Output } from "../../cli/territory.command";
import type { Database } from "../../db/database";
import { HISTORY_SOURCE } from "../../demo/history/demo-history";
import { recordsCsv } from "./export-records";
import type { RecordCells } from "./records-columns";
import { generatedRecords, writtenCounts } from "./test-support";

function capture(): Output & { lines: string[]; errors: string[]; text: string; write(text: string): void } {
  const output = {
    lines: [] as string[],
    errors: [] as string[],
    text: "",
    log: (line: string) => output.lines.push(line),
    error: (line: string) => output.errors.push(line),
    write: (text: string) => {
      output.text += text;
    },
  };
  return output;
}

type Rows = Record<string, unknown>[];

describe("amorce records import / export", () => {
  let database: Database;
  let records: RecordCells[];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-records-"));
  const file = (name: string, lines: readonly RecordCells[]) => {
    const target = path.join(folder, name);
    fs.writeFileSync(target, recordsCsv(lines));
    return target;
  };
  const query = async (statement: ReturnType<typeof sql>) =>
    ((await database.db.execute(statement)) as unknown as { rows: Rows }).rows;
  const exportImported = async () => {
    const output = capture();
    await runRecordsExport(database.db, {}, output);
    // Only this test's records: not Amorce's own pathways nor the demo's synthetic ones.
    const amorce = output.text
      .split("\n")
      .filter((line) => !/^[0-9a-f-]{36},amorce,/.test(line) && !line.includes(`,${HISTORY_SOURCE},`));
    return amorce.join("\n");
  };

  beforeAll(async () => {
    database = await createTestDatabase("demo");
    records = await generatedRecords(database.db, 300, 7);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("imports each record as a person, an entered referral with its history, a pathway and its answers at 6 months", async () => {
    const before = await writtenCounts(database.db);
    const output = capture();
    expect(await runRecordsImport(database.db, file("fiches.csv", records), output)).toBe(0);
    expect(output.lines).toEqual([
      `Fiches importées depuis ${path.join(folder, "fiches.csv")} : 300 créée(s), 0 mise(s) à jour, 0 inchangée(s).`,
    ]);
    expect(output.errors.at(-1)).toBe("300 / 300 lignes importées");
    const answered = records.filter(
      (r) => r.situation_6m || r.project_identified || r.situation_improved,
    ).length;
    expect(await writtenCounts(database.db)).toEqual({
      people: (before?.people ?? 0) + 300,
      referrals: (before?.referrals ?? 0) + 300,
      referral_events: (before?.referral_events ?? 0) + 600,
      pathways: (before?.pathways ?? 0) + 300,
      follow_ups: (before?.follow_ups ?? 0) + answered,
    });
    const sample = records.find((r) => r.exit_date && r.situation_6m) as RecordCells;
    const [row] = await query(sql`select pe.gender, r.kind, r.status, r.channel, r.prescriber_organisation_id,
        to_char((r.sent_at at time zone 'Europe/Paris')::date, 'YYYY-MM-DD') as sent,
        p.source_record_id, p.recorded_hours_done::text as hours, to_char(p.exit_date, 'YYYY-MM-DD') as exit_date,
        f.months, f.answer_channel, f.answered_at is not null as answered, f.situation,
        (select string_agg(e.actor_kind || ':' || e.actor_label || ':' || e.to_status, '|' order by e.id)
          from referral_events e where e.referral_id = r.id) as history
      from pathways p join people pe on pe.id = p.person_id join referrals r on r.id = p.referral_id
      left join follow_ups f on f.pathway_id = p.id
      where p.source = ${sample.source} and p.source_record_id = ${sample.record_id}`);
    expect(row).toMatchObject({
      gender: sample.gender,
      kind: sample.referral_channel === "self" ? "self_referral" : "prescription",
      status: "entered",
      channel: sample.referral_channel,
      prescriber_organisation_id: null,
      sent: sample.referral_date,
      exit_date: sample.exit_date,
      months: 6,
      answer_channel: "import",
      answered: true,
      situation: sample.situation_6m,
      history: `system:Reprise de données : ${sample.source}:sent|system:Reprise de données : ${sample.source}:entered`,
    });
    expect(Number(row?.hours) * 100).toBe(Math.round(Number(sample.hours_done) * 100));
  });

  it("exports what it imported byte for byte, and importing the export again changes nothing", async () => {
    const exported = await exportImported();
    expect(exported).toBe(recordsCsv(records));
    const counts = await writtenCounts(database.db);
    const snapshot = await query(sql`select * from pathways p join people pe on pe.id = p.person_id
      join referrals r on r.id = p.referral_id left join follow_ups f on f.pathway_id = p.id
      where p.source is not null order by p.id`);
    const again = path.join(folder, "export.csv");
    await runRecordsExport(database.db, { output: again }, capture());
    const output = capture();
    expect(await runRecordsImport(database.db, again, output)).toBe(0);
    expect(output.lines[0]).toMatch(/ : 0 créée\(s\), 0 mise\(s\) à jour, [\d\u202f]+ inchangée\(s\)\.$/);
    expect(await writtenCounts(database.db)).toEqual(counts);
    expect(
      await query(sql`select * from pathways p join people pe on pe.id = p.person_id
        join referrals r on r.id = p.referral_id left join follow_ups f on f.pathway_id = p.id
        where p.source is not null order by p.id`),
    ).toEqual(snapshot);
    expect(await exportImported()).toBe(exported);
  });

  it("updates a record imported again instead of duplicating it, and drops answers the file no longer gives", async () => {
    const answered = records.find((r) => r.situation_6m && r.exit_date) as RecordCells;
    const open = records.find((r) => !r.exit_date) as RecordCells;
    const changed: RecordCells[] = [
      {
        ...answered,
        situation_6m: "",
        project_identified: "",
        situation_improved: "",
        last_name: "Nouveau-Nom",
      },
      {
        ...open,
        exit_date: open.entry_date,
        exit_reason: "completed",
        situation_exit: "job_seeking",
        hours_done: "12.5",
        internship_hours: "0",
      },
    ];
    const counts = await writtenCounts(database.db);
    const output = capture();
    expect(await runRecordsImport(database.db, file("changes.csv", changed), output)).toBe(0);
    expect(output.lines[0]).toMatch(/ : 0 créée\(s\), 2 mise\(s\) à jour, 0 inchangée\(s\)\.$/);
    expect(await writtenCounts(database.db)).toEqual({
      ...counts,
      follow_ups: (counts?.follow_ups ?? 0) - 1,
    });
    const lines = (await exportImported()).split("\n");
    const csvLine = (line: RecordCells) => recordsCsv([line]).split("\n")[1];
    expect(lines).toContain(csvLine(changed[0] as RecordCells));
    expect(lines).toContain(csvLine(changed[1] as RecordCells));
  });

  it("exports Amorce's own pathways with source amorce, filtered by source and lot", async () => {
    const amorce = capture();
    await runRecordsExport(database.db, { source: "amorce" }, amorce);
    const [header, ...lines] = amorce.text.trimEnd().split("\n");
    expect(header).toBe(recordsCsv([]).trimEnd());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f-]{36},amorce,/);
    const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(lines).toEqual(sorted);
    const lot = records[0]?.lot_code as string;
    const inLot = capture();
    await runRecordsExport(database.db, { source: records[0]?.source, lot }, inLot);
    const expected = records.filter((r) => r.lot_code === lot && r.source === records[0]?.source).length;
    expect(inLot.text.trimEnd().split("\n")).toHaveLength(expected + 1);
    const unknownLot = capture();
    expect(await runRecordsExport(database.db, { lot: "L999" }, unknownLot)).toBe(1);
    expect(unknownLot.errors).toEqual(["Le lot L999 n'existe pas : rien n'a été exporté."]);
    expect(unknownLot.text).toBe("");
    // Importing Amorce's own lines back changes nothing either.
    const own = path.join(folder, "amorce.csv");
    fs.writeFileSync(own, amorce.text);
    const output = capture();
    expect(await runRecordsImport(database.db, own, output)).toBe(0);
    expect(output.lines[0]).toMatch(/ : 0 créée\(s\), 0 mise\(s\) à jour, \d+ inchangée\(s\)\.$/);
  });

  it("updates Amorce's own pathway from a line of source amorce, but never its computed hours", async () => {
    const own = capture();
    await runRecordsExport(database.db, { source: "amorce" }, own);
    const [header, line] = own.text.trimEnd().split("\n") as [string, string];
    const cells = Object.fromEntries(
      header.split(",").map((column, i) => [column, line.split(",")[i] ?? ""]),
    );
    const changed = {
      ...cells,
      qpv: cells.qpv === "yes" ? "no" : "yes",
      gender: cells.gender === "F" ? "M" : "F",
      hours_done: "999",
      planned_hours: "1",
    } as RecordCells;
    const counts = await writtenCounts(database.db);
    const output = capture();
    expect(await runRecordsImport(database.db, file("amorce-change.csv", [changed]), output)).toBe(0);
    expect(output.lines[0]).toMatch(/ : 0 créée\(s\), 1 mise\(s\) à jour, 0 inchangée\(s\)\.$/);
    expect(await writtenCounts(database.db)).toEqual(counts);
    const after = capture();
    await runRecordsExport(database.db, { source: "amorce" }, after);
    const expected = recordsCsv([
      { ...changed, hours_done: cells.hours_done, planned_hours: cells.planned_hours } as RecordCells,
    ]);
    expect(after.text.split("\n")[1]).toBe(expected.split("\n")[1]);
  });

  it("lists every bad line and imports nothing", async () => {
    const counts = await writtenCounts(database.db);
    const [first, second, third] = records.slice(10, 13) as RecordCells[];
    const bad = [
      { ...first, source: "essai", record_id: "NEW-1" },
      { ...second, source: "essai", record_id: "NEW-2", gender: "H", birth_date: "2001-02-30" },
      { ...third, source: "essai", record_id: "NEW-1", hours_done: "12,5" },
      { ...first, record_id: "NEW-3", source: "amorce" },
    ] as RecordCells[];
    const output = capture();
    expect(await runRecordsImport(database.db, file("bad.csv", bad), output)).toBe(1);
    expect(output.errors).toEqual([
      `Le fichier ${path.join(folder, "bad.csv")} n'a pas été importé : 5 problème(s) sur 3 ligne(s).`,
      "line 3, column birth_date: le 2001-02-30 n'existe pas dans le calendrier",
      "line 3, column gender: « H » n'est pas une valeur permise : F, M, X",
      "line 4, column record_id: « NEW-1 » de la source « essai » est déjà à la ligne 2",
      "line 4, column hours_done: « 12,5 » n'est pas un nombre d'heures : chiffres, un point et deux décimales au plus (12.5)",
      "line 5, column record_id: « NEW-3 » n'est pas l'identifiant d'un parcours d'Amorce",
    ]);
    expect(output.lines).toEqual([]);
    expect(await writtenCounts(database.db)).toEqual(counts);
    const header = capture();
    fs.writeFileSync(path.join(folder, "header.csv"), "record_id,source,nom\n1,a,b\n");
    expect(await runRecordsImport(database.db, path.join(folder, "header.csv"), header)).toBe(1);
    expect(header.errors).toContain("line 1, column nom: colonne inconnue");
    expect(header.errors).toContain("line 1, column lot_code: colonne absente de l'en-tête");
  });
});
