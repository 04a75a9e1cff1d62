/**
 * How two records of the same person are recognised: the same names once case, accents, spaces and
 * punctuation are set aside, and the same birth date. « Élodie N'Diaye-Martin, 1990-04-02 » and
 * « ELODIE NDIAYE MARTIN, 1990-04-02 » are one person.
 */
export function identityKey(person: { lastName: string; firstName: string; birthDate: string }): string {
  return `${normaliseName(person.lastName)}|${normaliseName(person.firstName)}|${person.birthDate}`;
}

export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
