import { z } from "zod";

/** An optional query-string filter; left empty (`?role=`), it means no filter. */
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
