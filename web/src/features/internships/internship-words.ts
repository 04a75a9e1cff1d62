import type { InternshipStatus } from "../../../../src/domains/internships/internship-vocabulary";

/** Dark shades, outlined: their text stays above AA contrast on white. */
export const STATUS_COLOURS: Record<InternshipStatus, string> = {
  draft: "gray.8",
  awaiting_signatures: "violet.9",
  signed: "teal.9",
  completed: "region",
  cancelled: "gray.8",
};

const hourFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** « 32,5 h » */
export const hoursText = (hours: number) => `${hourFormat.format(hours)} h`;
