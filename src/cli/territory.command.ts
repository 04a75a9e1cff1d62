import fs from "node:fs";
import type { Command } from "commander";
import type { Db } from "../db/database";
import { commandLineContext } from "../domains/authorization/actor";
import type { ImportCounts } from "../domains/territory/territory-diff";
import { SECTION_LABELS } from "../domains/territory/territory-file";
import { exportTerritory } from "../domains/territory/use-cases/export-territory";
import { importTerritory, TerritoryFileError } from "../domains/territory/use-cases/import-territory";
import { withDatabase } from "./with-database";

/** Where a command writes: the console, or a test's buffer. */
export type Output = { log(line: string): void; error(line: string): void };

export function registerTerritoryCommand(program: Command) {
  const territory = program
    .command("territory")
    .description("importe ou exporte le territoire : bassins, lots, organisations, sites (fichier JSON)");
  territory
    .command("import")
    .description(
      "importe un fichier de territoire ; réimporter le même fichier ne change rien, et au moindre problème rien n'est écrit",
    )
    .argument("<fichier>", "le fichier JSON du territoire (bassins, lots, organisations, sites)")
    .action(async (file: string) => {
      process.exitCode = await withDatabase("amorce territory import", (db) =>
        runTerritoryImport(db, file, console),
      );
    });
  territory
    .command("export")
    .description("écrit tout le territoire au format du fichier d'import, trié par code")
    .option("-o, --output <fichier>", "écrit dans ce fichier plutôt que sur la sortie standard")
    .action(async (options: { output?: string }) => {
      await withDatabase("amorce territory export", (db) => runTerritoryExport(db, options.output, console));
    });
}

/** `amorce territory import FILE`; returns the exit code: 0 imported, 1 not imported. */
export async function runTerritoryImport(db: Db, file: string, output: Output): Promise<number> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "fichier introuvable" : "JSON invalide";
    output.error(`Impossible de lire ${file} : ${reason}. Rien n'a été importé.`);
    return 1;
  }
  try {
    const counts = await importTerritory(db, commandLineContext("territory import"), raw);
    output.log(`Territoire importé depuis ${file} :`);
    for (const line of describeCounts(counts)) output.log(`  ${line}`);
    return 0;
  } catch (error) {
    if (!(error instanceof TerritoryFileError)) throw error;
    output.error(error.message);
    for (const problem of error.problems) output.error(`  - ${problem}`);
    return 1;
  }
}

/** `amorce territory export [--output FILE]`. */
export async function runTerritoryExport(db: Db, file: string | undefined, output: Output): Promise<void> {
  const json = `${JSON.stringify(await exportTerritory(db), null, 2)}\n`;
  if (!file) {
    output.log(json.trimEnd());
    return;
  }
  fs.writeFileSync(file, json);
  output.log(`Territoire exporté dans ${file}.`);
}

const PLURAL_LABELS = { basins: "bassins", lots: "lots", organisations: "organisations", sites: "sites" };

function describeCounts(counts: ImportCounts): string[] {
  return (Object.keys(SECTION_LABELS) as (keyof ImportCounts)[]).map((section) => {
    const { created, updated, unchanged } = counts[section];
    return `${PLURAL_LABELS[section]} : ${created} créé(s), ${updated} modifié(s), ${unchanged} inchangé(s)`;
  });
}
