import { addDays } from "../calendar-days";
import { EXIT_REASONS, SITUATIONS } from "../outcomes/situation-vocabulary";
import { QUALIFICATION_LEVELS } from "../people/profile-vocabulary";
import { REFERRAL_CHANNELS } from "../territory/territory.vocabulary";
import { formatHundredths } from "./record-values";
import type { RecordCells } from "./records-columns";

/** A small seeded generator (mulberry32): the same seed gives the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Lefèvre",
  "N'Diaye",
  "Garcia",
  "Da Silva",
  "Etcheverry",
  "Larrieu",
  "Roux",
  "Fournier",
  "Benali",
  "Cazenave",
  "Dupont-Lajoie",
  "Nguyen",
  "Ait Ahmed",
  "Lacoste",
  "Mercier",
];
const FIRST_NAMES = [
  "Léa",
  "Emma",
  "Chloé",
  "Inès",
  "Manon",
  "Camille",
  "Lucas",
  "Hugo",
  "Louis",
  "Nathan",
  "Yanis",
  "Mohamed",
  "Théo",
  "Maël",
  "Zoé",
  "Jade",
  "Noé",
  "Élodie",
  "Sébastien",
  "Aïcha",
  "Kévin",
  "Océane",
];

export type GeneratorOptions = {
  count: number;
  seed?: number;
  /** The sites records may name, with their lot. */
  sites: readonly { lotCode: string; siteCode: string }[];
  /** INSEE codes records may name. */
  communes: readonly string[];
  /** The originating systems, spread over the records. */
  sources?: readonly string[];
};

/**
 * Realistic valid records (for tests and the benchmark): three former programmes, about two thirds
 * already out, most of those with their answers at 6 months. Written in the canonical form an export
 * writes, sorted by source then record_id, so that exporting what was imported gives the same file.
 */
export function generateRecords(options: GeneratorOptions): RecordCells[] {
  const rng = random(options.seed ?? 1);
  const sources = options.sources ?? ["programme_a", "programme_b", "programme_c"];
  const lines: RecordCells[] = [];
  for (let index = 1; index <= options.count; index += 1) {
    const site = rng.pick(options.sites);
    const referralDate = addDays("2019-01-01", rng.int(0, 6 * 365));
    const entryDate = addDays(referralDate, rng.int(0, 60));
    const exited = rng.chance(0.7);
    const exitDate = exited ? addDays(entryDate, rng.int(20, 240)) : "";
    const hoursDone = rng.int(0, 60000) * (rng.chance(0.5) ? 1 : 5);
    const internshipHours = Math.min(hoursDone, rng.int(0, 140) * 25);
    const answered = exited && rng.chance(0.6);
    lines.push({
      record_id: `R${String(index).padStart(7, "0")}`,
      source: rng.pick(sources),
      lot_code: site.lotCode,
      site_code: site.siteCode,
      last_name: rng.pick(LAST_NAMES),
      first_name: rng.pick(FIRST_NAMES),
      birth_date: addDays("1962-01-01", rng.int(0, 42 * 365)),
      gender: rng.pick(["F", "F", "M", "M", "X"]),
      commune_code: rng.pick(options.communes),
      qualification_level: rng.chance(0.1) ? "" : rng.pick(QUALIFICATION_LEVELS),
      worked_prior_12m: rng.chance(0.1) ? "" : rng.pick(["yes", "no"]),
      rqth: rng.chance(0.12) ? "yes" : "no",
      qpv: rng.chance(0.2) ? "yes" : "no",
      referral_channel: rng.pick(REFERRAL_CHANNELS),
      referral_date: referralDate,
      entry_date: entryDate,
      planned_hours: String(rng.int(150, 700)),
      hours_done: formatHundredths(hoursDone),
      internship_hours: formatHundredths(internshipHours),
      exit_date: exitDate,
      exit_reason: exited ? rng.pick(EXIT_REASONS) : "",
      situation_before_12m: rng.pick(SITUATIONS),
      situation_exit: exited ? rng.pick(SITUATIONS) : "unknown",
      situation_6m: answered && rng.chance(0.9) ? rng.pick(SITUATIONS) : "",
      project_identified: answered && rng.chance(0.9) ? rng.pick(["yes", "no"]) : "",
      situation_improved: answered && rng.chance(0.9) ? rng.pick(["yes", "no"]) : "",
    });
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return lines.sort((a, b) =>
    a.source === b.source ? compare(a.record_id, b.record_id) : compare(a.source, b.source),
  );
}
