import type { Command } from "commander";
import type { Db } from "../db/database";
import { commandLineContext } from "../domains/authorization/actor";
import { indicatorFiltersSchema } from "../domains/indicators/indicator-filters";
import { measureIndicators } from "../domains/indicators/use-cases/measure-indicators";
import { HttpError } from "../server/http-errors";
import type { Output } from "./territory.command";
import { withDatabase } from "./with-database";

type IndicatorsOptions = {
  from: string;
  to: string;
  lot?: string;
  basin?: string;
  site?: string;
  organisation?: string;
  network?: string;
  residence?: string;
  format: string;
};

export function registerIndicatorsCommand(program: Command) {
  program
    .command("indicators")
    .description(
      "calcule les indicateurs du dispositif sur les entrées d'une période (JSON du format commun, ratios non arrondis, null quand le dénominateur est nul)",
    )
    .requiredOption("--from <AAAA-MM-JJ>", "premier jour de la période d'entrée")
    .requiredOption("--to <AAAA-MM-JJ>", "dernier jour de la période d'entrée (inclus)")
    .option("--lot <code>", "seulement ce lot")
    .option("--basin <code>", "seulement les personnes résidant dans ce bassin d'emploi")
    .option("--site <code>", "seulement ce site")
    .option("--organisation <code>", "seulement les sites de cet organisme de formation")
    .option("--network <canal>", "seulement ce canal d'orientation (france_travail, mission_locale, …, self)")
    .option("--residence <rural|urban>", "seulement les résidents de communes rurales ou urbaines")
    .option("--format <format>", "format de sortie (json)", "json")
    .action(async (options: IndicatorsOptions) => {
      process.exitCode = await withDatabase("amorce indicators", (db) => runIndicators(db, options, console));
    });
}

/** `amorce indicators`; returns the exit code: 0 printed, 2 bad options (each named on stderr). */
export async function runIndicators(db: Db, options: IndicatorsOptions, output: Output): Promise<number> {
  const { format, ...rest } = options;
  if (format !== "json") {
    output.error(`Format « ${format} » inconnu : seul json est disponible.`);
    return 2;
  }
  const parsed = indicatorFiltersSchema.safeParse(rest);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) output.error(`--${issue.path.join(".")} : ${issue.message}`);
    return 2;
  }
  try {
    const measured = await measureIndicators(db, commandLineContext("indicators"), parsed.data);
    output.log(JSON.stringify(measured.json, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof HttpError && error.statusCode < 500) {
      output.error(error.message);
      return 2;
    }
    throw error;
  }
}
