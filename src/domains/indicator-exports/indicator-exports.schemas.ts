import { z } from "zod";
import { indicatorFiltersSchema } from "../indicators/indicator-filters";

/** The committee pack is per lot: the dashboard's filters, a lot required. */
export const committeePackQuery = indicatorFiltersSchema.refine((filters) => filters.lot !== undefined, {
  message: "Choisissez un lot : le dossier du comité territorial est celui d'un lot.",
  path: ["lot"],
});

/** A table by its id (`DASHBOARD_TABLES`); an unknown one is a 404. */
export const tableParams = z.object({ table: z.string().max(40) });
