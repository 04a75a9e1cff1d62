/**
 * A SIRET (14 digits: the company's SIREN and the establishment's NIC) is checked with the Luhn key.
 * La Poste's establishments (SIREN 356000000) are numbered otherwise: the sum of the 14 digits is a
 * multiple of 5 (INSEE's rule); its head office also passes Luhn.
 */
const LA_POSTE_SIREN = "356000000";

export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, "");
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (luhnValid(value)) return true;
  if (!value.startsWith(LA_POSTE_SIREN)) return false;
  const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
  return sum % 5 === 0;
}
