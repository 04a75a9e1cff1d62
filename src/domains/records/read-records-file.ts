import { CsvError, parse } from "csv-parse/sync";
import type { RecordLine, RecordProblem } from "./validate-records";

/**
 * The header and lines of a records file (UTF-8, commas, a header row; a byte order mark is ignored,
 * blank lines skipped, spaces around values trimmed). Line numbers count the header as line 1.
 */
export function readRecordsFile(text: string): {
  header: string[];
  lines: RecordLine[];
  problems: RecordProblem[];
} {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return {
      header: [],
      lines: [],
      problems: [{ line, column: "*", reason: `CSV illisible : ${error.message}` }],
    };
  }
  const [first, ...rest] = parsed;
  if (!first) {
    return {
      header: [],
      lines: [],
      problems: [{ line: 1, column: "*", reason: "fichier vide : l'en-tête manque" }],
    };
  }
  return {
    header: first.record,
    // csv-parse counts the line a record ends on; a quoted value may span lines.
    lines: rest.map(({ record, info }) => ({
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record,
    })),
    problems: [],
  };
}
