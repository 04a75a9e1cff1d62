import { z } from "zod";
import { isoDate } from "../fields.schemas";
import { optionalFilter } from "../query-filters";

/** Which pathways the evaluation dataset holds: entered in [from, to] (each bound optional), in one lot. */
export const evaluationDatasetQuery = z
  .object({
    from: optionalFilter(isoDate),
    to: optionalFilter(isoDate),
    lot: optionalFilter(z.string().trim().min(1).max(40, "Code de lot trop long.")),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "La date de début de la période doit précéder sa date de fin (ou lui être égale).",
    path: ["to"],
  });
export type EvaluationDatasetFilter = z.infer<typeof evaluationDatasetQuery>;
