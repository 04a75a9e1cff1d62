import { SKILL_DOMAINS, type SkillDomain, type SkillLevel } from "./skill-domains";

/** A trainee's levels at one moment: a domain not assessed is absent. */
export type SkillLevels = Partial<Record<SkillDomain, SkillLevel>>;

export type DomainProgress = {
  domain: SkillDomain;
  entry: SkillLevel | null;
  exit: SkillLevel | null;
  /** Exit level minus entry level (negative when it went down); `null` unless both are known. */
  progress: number | null;
};

/** Each of the seven domains, in order, with its level at entry and at exit and the steps gained. */
export function skillProgress(entry: SkillLevels, exit: SkillLevels): DomainProgress[] {
  return SKILL_DOMAINS.map((domain) => {
    const before = entry[domain] ?? null;
    const after = exit[domain] ?? null;
    return {
      domain,
      entry: before,
      exit: after,
      progress: before !== null && after !== null ? after - before : null,
    };
  });
}
