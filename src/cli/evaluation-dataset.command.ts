import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config";
import type { Db } from "../db/database";
import { commandLineContext } from "../domains/authorization/actor";
import { dictionaryCsv } from "../domains/evaluation-dataset/dataset-columns";
import { evaluationDatasetQuery } from "../domains/evaluation-dataset/evaluation-dataset.schemas";
import { exportEvaluationDataset } from "../domains/evaluation-dataset/use-cases/export-evaluation-dataset";
import { HttpError } from "../server/http-errors";
import type { Output } from "./territory.command";
import { withDatabase } from "./with-database";

type ExportOptions = { output?: string; from?: string; to?: string; lot?: string; dictionary?: boolean };

const count = new Intl.NumberFormat("fr-FR");

export function registerEvaluationDatasetCommand(program: Command) {
  const dataset = program
    .command("evaluation-dataset")
    .description(
      "le jeu de données pseudonymisé pour l'évaluation (une ligne par parcours, sans nom ni coordonnées) et son dictionnaire",
    );
  dataset
    .command("export")
    .description(
      "écrit le jeu de données en CSV : pseudonyme stable par personne (clé EVALUATION_PSEUDONYM_KEY), année de naissance, parcours et situations",
    )
    .option("-o, --output <fichier>", "écrit dans ce fichier plutôt que sur la sortie standard")
    .option("--from <AAAA-MM-JJ>", "seulement les parcours entrés à partir de ce jour")
    .option("--to <AAAA-MM-JJ>", "seulement les parcours entrés jusqu'à ce jour (inclus)")
    .option("--lot <code>", "seulement les parcours de ce lot")
    .option("--dictionary", "écrit le dictionnaire des données (CSV) au lieu du jeu de données")
    .action(async (options: ExportOptions) => {
      const key = loadConfig().evaluationPseudonymKey;
      process.exitCode = options.dictionary
        ? writeOut(dictionaryCsv(), options.output, "Dictionnaire des données écrit", console)
        : await withDatabase("amorce evaluation-dataset export", (db) =>
            runEvaluationDatasetExport(db, key, options, console),
          );
    });
}

type Writer = Output & { write?: (text: string) => void };

function writeOut(text: string, file: string | undefined, done: string, output: Writer): number {
  if (!file) {
    if (output.write) output.write(text);
    else process.stdout.write(text);
    return 0;
  }
  fs.writeFileSync(file, text);
  output.log(`${done} dans ${file}.`);
  return 0;
}

/**
 * `amorce evaluation-dataset export [--output FILE] [--from] [--to] [--lot]`; returns the exit code:
 * 0 written, 1 nothing written (unknown lot, no key), 2 bad options.
 */
export async function runEvaluationDatasetExport(
  db: Db,
  key: string | null,
  options: ExportOptions,
  output: Writer,
): Promise<number> {
  const parsed = evaluationDatasetQuery.safeParse({ from: options.from, to: options.to, lot: options.lot });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) output.error(`--${issue.path.join(".")} : ${issue.message}`);
    return 2;
  }
  try {
    const { csv, count: lines } = await exportEvaluationDataset(
      db,
      commandLineContext("evaluation-dataset export"),
      key,
      parsed.data,
    );
    return writeOut(csv, options.output, `${count.format(lines)} parcours exporté(s)`, output);
  } catch (error) {
    if (error instanceof HttpError) {
      output.error(`${error.message} Rien n'a été exporté.`);
      return 1;
    }
    throw error;
  }
}
