/** How the public pages say a site's facts in words. */

export function freePlacesInWords(freePlaces: number): string {
  if (freePlaces === 0) return "Complet pour le moment : votre demande peut être mise en liste d'attente.";
  return freePlaces === 1 ? "1 place libre" : `${freePlaces} places libres`;
}

/** « À 12,3 km » (between the communes' centres); « Dans cette commune » for a site in the commune searched from. */
export function distanceInWords(distanceKm: number): string {
  if (distanceKm === 0) return "Dans cette commune";
  return `À ${distanceKm.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} km`;
}

const sessionFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "numeric",
  minute: "2-digit",
});

/** « mardi 2 décembre à 09:30 », in Paris time. */
export const sessionDate = (startsAt: string) => sessionFormat.format(new Date(startsAt));
