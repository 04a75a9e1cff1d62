import { SKILL_DOMAIN_PLAIN_LABELS, SKILL_LEVEL_LABELS, type SkillLevel } from "./skill-domains";
import type { DomainProgress } from "./skill-progress";

const level = (value: number) => SKILL_LEVEL_LABELS[value as SkillLevel].toLowerCase();

/**
 * One domain in plain words for the trainee, e.g. « Travailler en équipe : acquis (vous étiez en cours
 * d'acquisition à l'entrée) »; `null` when the domain has not been assessed.
 */
export function progressSentence(
  row: Pick<DomainProgress, "domain"> & { entry: number | null; exit: number | null },
): string | null {
  const domain = SKILL_DOMAIN_PLAIN_LABELS[row.domain];
  if (row.entry === null) return row.exit === null ? null : `${domain} : ${level(row.exit)}.`;
  if (row.exit === null) return `${domain} : ${level(row.entry)} à votre entrée.`;
  if (row.exit === row.entry) return `${domain} : ${level(row.exit)}, comme à votre entrée.`;
  return `${domain} : ${level(row.exit)} (vous étiez ${level(row.entry)} à l'entrée).`;
}
