import { identityKey } from "../../domains/people/identity-key";
import type { Random } from "../territory/random";

/** Fictitious people of the demo: common first and last names, put together at random. */

const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Manon",
  "Chloé",
  "Emma",
  "Inès",
  "Sarah",
  "Jade",
  "Lucie",
  "Laura",
  "Julie",
  "Océane",
  "Nadia",
  "Fatou",
  "Aïcha",
  "Yasmine",
  "Sandrine",
  "Céline",
  "Amandine",
  "Mélanie",
  "Karine",
  "Valérie",
  "Lucas",
  "Hugo",
  "Thomas",
  "Nathan",
  "Enzo",
  "Théo",
  "Maxime",
  "Kevin",
  "Mathis",
  "Julien",
  "Romain",
  "Anthony",
  "Jérémy",
  "Mehdi",
  "Karim",
  "Yanis",
  "Moussa",
  "Dylan",
  "Florian",
  "Sébastien",
  "Stéphane",
  "Patrick",
  "Éric",
  "Pascal",
  "Jordan",
  "Loïc",
];

const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Roux",
  "Fournier",
  "Girard",
  "Mercier",
  "Bonnet",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Nguyen",
  "Boyer",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Diallo",
  "Traoré",
  "Benali",
  "Haddad",
  "Ferreira",
  "Da Silva",
  "Etcheverry",
  "Lacoste",
  "Dubos",
  "Larrieu",
  "Bordes",
  "Laborde",
  "Darrigrand",
  "Lafargue",
  "Peyrot",
  "Chabrol",
  "Delmas",
  "Mazeau",
  "Boutin",
  "Texier",
  "Rivière",
  "Le Gall",
];

export type DemoPerson = {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  identityKey: string;
  communeCode: string;
  createdAt: Date;
};

/** A fictitious person living in `communeCode`, aged 18 to 60 on `day`, younger people more often. */
export function demoPerson(random: Random, id: string, communeCode: string, day: Date): DemoPerson {
  const age = 18 + Math.floor(42 * random.next() ** 2);
  const birth = new Date(
    Date.UTC(day.getUTCFullYear() - age - 1, day.getUTCMonth(), day.getUTCDate() + random.integer(1, 364)),
  );
  const person = {
    lastName: random.pick(LAST_NAMES),
    firstName: random.pick(FIRST_NAMES),
    birthDate: birth.toISOString().slice(0, 10),
  };
  return { id, ...person, identityKey: identityKey(person), communeCode, createdAt: day };
}

/** A name for someone who acts in the history: an advisor, a trainer. */
export const staffName = (random: Random) => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
