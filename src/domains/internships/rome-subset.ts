import subset from "./reference/rome-subset.json";

/** The ROME 4.0 job families an internship may be about (see reference/SOURCE.md). */
export type RomeJob = { code: string; label: string };

export const ROME_SUBSET: readonly RomeJob[] = subset.codes;

const byCode = new Map(ROME_SUBSET.map((job) => [job.code, job.label]));

export const isRomeCodeInSubset = (code: string) => byCode.has(code);

/** « K2204 — Nettoyage de locaux »; a code no longer in the subset is still named by its code. */
export function romeLabel(code: string): string {
  return byCode.get(code) ?? `code ROME ${code}`;
}
