import type { ProgrammeRules } from "../../../../src/domains/programme-rules/programme-rules";
import { MODULE_LABELS, MODULES } from "../../../../src/domains/programme-rules/programme-rules";

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const percent = (share: number) => `${number.format(Math.round(share * 1000) / 10)} %`;

/** The rules in sentences, in the order of the plan check: what the rules page and the plan editor show. */
export function ruleSentences(rules: ProgrammeRules): string[] {
  const modules = MODULES.map((module) => {
    const rule = rules.modules[module];
    const bounds = [
      rule.minHours !== null ? `au moins ${number.format(rule.minHours)} h` : null,
      rule.maxHours !== null ? `au plus ${number.format(rule.maxHours)} h` : null,
    ].filter(Boolean);
    const required = rule.required ? "obligatoire" : "facultatif";
    return `${MODULE_LABELS[module]} : ${required}${bounds.length ? `, ${bounds.join(" et ")}` : ""}.`;
  });
  const counts = (kind: "individual_interview" | "workshop", label: string) =>
    `${label} ${rules.otherKinds[kind].countsAsModuleHours ? "comptent" : "ne comptent pas"} comme heures de module.`;
  return [
    `Entre ${number.format(rules.totalHours.min)} et ${number.format(rules.totalHours.max)} heures au total.`,
    `Entre ${number.format(rules.weeks.min)} et ${number.format(rules.weeks.max)} semaines de l'entrée à la fin prévue.`,
    ...modules,
    `${rules.internships.count} stages en entreprise (sinon : ${rules.internships.countSeverity === "error" ? "erreur" : "avertissement"}).`,
    `Les stages font entre ${percent(rules.internships.share.min)} et ${percent(rules.internships.share.max)} des heures.`,
    "Chaque stage se tient entre l'entrée et la fin prévue, sans chevaucher un autre.",
    counts("individual_interview", "Les entretiens individuels"),
    counts("workshop", "Les ateliers collectifs"),
  ];
}
