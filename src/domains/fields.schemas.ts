import { z } from "zod";

/** Fields every API contract is made of, shared by the server and the web (no server code here). */

/** Text a visitor or a professional writes: trimmed, bounded, never interpreted as HTML. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max.toLocaleString("fr-FR")} caractères au plus.`);
export const requiredText = (max: number, missing: string) => text(max).min(1, missing);
export const optionalText = (max: number) =>
  z.preprocess((value) => (value === "" ? null : value), text(max).nullable().default(null));

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Cette date n'existe pas.");

export const email = z.preprocess(
  (value) => (value === "" ? null : value),
  z.email("Adresse e-mail invalide.").max(254).toLowerCase().nullable().default(null),
);
export const phone = z.preprocess(
  (value) => (value === "" ? null : value),
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{10,20}$/, "Numéro de téléphone invalide : 10 chiffres, par exemple 06 12 34 56 78.")
    .nullable()
    .default(null),
);
export const reference = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const personName = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
});
