import fs from "node:fs";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import type { Db } from "../db/database";
import { commandLineContext } from "../domains/authorization/actor";
import { exportRecords } from "../domains/records/export-records";
import { importRecords } from "../domains/records/import-records";
import { readRecordsFile } from "../domains/records/read-records-file";
import { loadRecordReferences } from "../domains/records/record-references";
import { checkHeader, formatProblem, validateRecords } from "../domains/records/validate-records";
import { lots } from "../domains/territory/territory.tables";
import type { Output } from "./territory.command";
import { withDatabase } from "./with-database";

const count = new Intl.NumberFormat("fr-FR");

export function registerRecordsCommand(program: Command) {
  const records = program
    .command("records")
    .description(
      "importe ou exporte les fiches de parcours (fichier CSV, format commun aux systèmes de la Région)",
    );
  records
    .command("import")
    .description(
      "importe un fichier de fiches de parcours ; une fiche déjà importée (même source, même record_id) est mise à jour, et au moindre problème rien n'est écrit",
    )
    .argument("<fichier>", "le fichier CSV (UTF-8, virgules, ligne d'en-tête)")
    .action(async (file: string) => {
      process.exitCode = await withDatabase("amorce records import", (db) =>
        runRecordsImport(db, file, console),
      );
    });
  records
    .command("export")
    .description("écrit tous les parcours au format du fichier d'import, triés par source puis record_id")
    .option("-o, --output <fichier>", "écrit dans ce fichier plutôt que sur la sortie standard")
    .option("--source <source>", "seulement les parcours de cette source (amorce : ceux d'Amorce)")
    .option("--lot <code>", "seulement les parcours de ce lot")
    .action(async (options: { output?: string; source?: string; lot?: string }) => {
      process.exitCode = await withDatabase("amorce records export", (db) =>
        runRecordsExport(db, options, console),
      );
    });
}

/** `amorce records import FILE`; returns the exit code: 0 imported, 1 nothing imported. */
export async function runRecordsImport(db: Db, file: string, output: Output): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "fichier introuvable" : "lecture impossible";
    output.error(`Impossible de lire ${file} : ${reason}. Rien n'a été importé.`);
    return 1;
  }
  const read = readRecordsFile(text);
  const headerProblems = read.problems.length > 0 ? read.problems : checkHeader(read.header);
  const { problems, records } =
    headerProblems.length > 0
      ? { problems: headerProblems, records: [] }
      : validateRecords(read.header, read.lines, await loadRecordReferences(db));
  if (problems.length > 0) {
    const lines = new Set(problems.map((problem) => problem.line)).size;
    output.error(
      `Le fichier ${file} n'a pas été importé : ${count.format(problems.length)} problème(s) sur ${count.format(lines)} ligne(s).`,
    );
    for (const problem of problems) output.error(formatProblem(problem));
    return 1;
  }
  const counts = await importRecords(db, commandLineContext("records import"), records, {
    file,
    onProgress: (done, total) =>
      output.error(`${count.format(done)} / ${count.format(total)} lignes importées`),
  });
  output.log(
    `Fiches importées depuis ${file} : ${count.format(counts.created)} créée(s), ${count.format(counts.updated)} mise(s) à jour, ${count.format(counts.unchanged)} inchangée(s).`,
  );
  return 0;
}

/** `amorce records export [--output FILE] [--source S] [--lot CODE]`; returns the exit code. */
export async function runRecordsExport(
  db: Db,
  options: { output?: string; source?: string; lot?: string },
  output: Output & { write?: (text: string) => void },
): Promise<number> {
  if (options.lot !== undefined) {
    const [lot] = await db.select({ id: lots.id }).from(lots).where(eq(lots.code, options.lot));
    if (!lot) {
      output.error(`Le lot ${options.lot} n'existe pas : rien n'a été exporté.`);
      return 1;
    }
  }
  const { csv, count: lines } = await exportRecords(db, commandLineContext("records export"), {
    source: options.source,
    lotCode: options.lot,
  });
  if (!options.output) {
    if (output.write) output.write(csv);
    else process.stdout.write(csv);
    return 0;
  }
  fs.writeFileSync(options.output, csv);
  output.log(`${count.format(lines)} fiche(s) exportée(s) dans ${options.output}.`);
  return 0;
}
