import { addDays } from "../calendar-days";
/**
 * When an entry may be planned or recorded: entries are rolling, any day of the week, but an entry is
 * recorded once it has happened, and planned within the year.
 */
export type EntryDateCheck = { ok: true } | { ok: false; message: string };

export function checkPlannedEntryDate(entryDate: string, today: string): EntryDateCheck {
  if (entryDate < addDays(today, -7)) {
    return { ok: false, message: "La date d'entrée prévue est passée : indiquez une date à venir." };
  }
  if (entryDate > addDays(today, 365)) {
    return { ok: false, message: "La date d'entrée prévue doit tomber dans l'année qui vient." };
  }
  return { ok: true };
}

export function checkEntryDate(entryDate: string, today: string, sentDay: string): EntryDateCheck {
  if (entryDate > today) {
    return {
      ok: false,
      message: "L'entrée s'enregistre le jour même ou après : cette date est dans le futur.",
    };
  }
  if (entryDate < sentDay) {
    return { ok: false, message: "La date d'entrée ne peut pas précéder l'envoi de la demande." };
  }
  return { ok: true };
}
