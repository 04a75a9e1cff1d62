import type { InternshipStatus } from "../../../../src/domains/internships/internship-vocabulary";

export const STATUS_COLOURS: Record<InternshipStatus, string> = {
  draft: "gray.7",
  awaiting_signatures: "orange.9",
  signed: "green.9",
  completed: "blue.9",
  cancelled: "gray.7",
};

const hourFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** « 32,5 h » */
export const hoursText = (hours: number) => `${hourFormat.format(hours)} h`;
