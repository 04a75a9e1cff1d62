import { z } from "zod";
import { optionalFilter } from "../query-filters";
import { communeCode } from "../territory/territory-file";

/** The public offer's API contract, shared by the server and the web (no server code here). */

export const postalCode = z.string().regex(/^\d{5}$/, "Code postal attendu : 5 chiffres, par exemple 24000.");

/** The commune picker of the public pages: a name or a postal code. */
export const publicCommuneQuery = z.object({
  q: z.string().trim().min(2, "Tapez au moins 2 caractères.").max(100),
});
export const publicCommuneItem = z.object({
  code: z.string(),
  name: z.string(),
  postalCodes: z.array(z.string()),
  department: z.string(),
});
export type PublicCommuneItem = z.infer<typeof publicCommuneItem>;
export const publicCommuneList = z.object({ items: z.array(publicCommuneItem) });

/** Where to search from: a commune (INSEE code) or a postal code, exactly one of them. */
export const publicSitesQuery = z
  .object({ commune: optionalFilter(communeCode), postalCode: optionalFilter(postalCode) })
  .refine((query) => (query.commune === undefined) !== (query.postalCode === undefined), {
    message: "Indiquez une commune ou un code postal (l'un des deux).",
    path: ["commune"],
  });
export type PublicSitesQuery = z.infer<typeof publicSitesQuery>;

export const upcomingSession = z.object({ startsAt: z.iso.datetime({ offset: true }), place: z.string() });

/** What anyone may know of an open site: where it is, its room, its sessions, how to reach it. */
export const publicSite = z.object({
  id: z.uuid(),
  name: z.string(),
  communeName: z.string(),
  address: z.string().nullable(),
  capacity: z.number(),
  freePlaces: z.number(),
  mandatoryRural: z.boolean(),
  accessibility: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  /** The next three information sessions to come. */
  informationSessions: z.array(upcomingSession),
});
export type PublicSite = z.infer<typeof publicSite>;

export const nearbySite = publicSite.extend({ distanceKm: z.number() });
export type NearbySite = z.infer<typeof nearbySite>;

export const nearbySites = z.object({
  /** The commune distances are measured from. */
  origin: z.object({
    code: z.string(),
    name: z.string(),
    /** The postal code searched, if any. */
    postalCode: z.string().nullable(),
    /** How many communes share that postal code (the most populous one is the origin). */
    communesSharingPostalCode: z.number(),
  }),
  items: z.array(nearbySite),
});
export type NearbySites = z.infer<typeof nearbySites>;

export const siteIdParams = z.object({ id: z.uuid("Identifiant invalide.") });
export const informationSessionParams = siteIdParams.extend({
  sessionId: z.uuid("Identifiant invalide."),
});

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z
      .string()
      .trim()
      .max(max, `${max.toLocaleString("fr-FR")} caractères au plus.`)
      .nullable()
      .default(null),
  );

/** What a training organisation tells the public about one of its sites. */
export const siteOfferBody = z.object({
  accessibility: optionalText(1000),
  contactPhone: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z
      .string()
      .trim()
      .regex(
        /^\+?[0-9 .-]{10,20}$/,
        "Numéro de téléphone invalide : 10 chiffres, par exemple 05 55 12 34 56.",
      )
      .nullable()
      .default(null),
  ),
  contactEmail: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.email("Adresse e-mail invalide.").max(254).toLowerCase().nullable().default(null),
  ),
});
export type SiteOfferBody = z.infer<typeof siteOfferBody>;

export const siteOffer = z.object({
  siteId: z.uuid(),
  accessibility: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  /** Whether the caller may change this site's offer (its training organisation, the Region). */
  mayManage: z.boolean(),
});
export type SiteOffer = z.infer<typeof siteOffer>;

/** An information session (information collective) announced by a site. */
export const informationSessionBody = z.object({
  startsAt: z.iso
    .datetime({ offset: true, error: "Date et heure invalides." })
    .refine(
      (value) => Date.parse(value) > Date.now(),
      "L'information collective doit avoir lieu dans le futur.",
    ),
  place: z.string().trim().min(1, "Indiquez le lieu.").max(300, "300 caractères au plus."),
  seats: z
    .number()
    .int()
    .min(1, "Au moins 1 place.")
    .max(500, "500 places au plus.")
    .nullable()
    .default(null),
});
export type InformationSessionBody = z.infer<typeof informationSessionBody>;

export const informationSessionItem = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  place: z.string(),
  seats: z.number().nullable(),
});
export type InformationSessionItem = z.infer<typeof informationSessionItem>;
export const informationSessionList = z.object({ items: z.array(informationSessionItem) });
