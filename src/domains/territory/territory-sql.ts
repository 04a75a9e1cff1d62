import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** The sorted, non-null values of a left-joined text column, grouped: `{}` when there is none. */
export const sortedTexts = (column: AnyPgColumn): SQL<string[]> =>
  sql<string[]>`coalesce(array_agg(${column} order by ${column}) filter (where ${column} is not null), '{}')`;
