/** The minimum length of a password, as the server checks it. */
export const PASSWORD_MIN_LENGTH = 12;

export function emailValidator(value: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : "Saisissez une adresse e-mail valide.";
}

export function newPasswordValidator(value: string): string | null {
  return value.length >= PASSWORD_MIN_LENGTH
    ? null
    : `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
}

export function confirmationValidator(value: string, values: { password: string }): string | null {
  return value === values.password ? null : "Les deux mots de passe ne sont pas identiques.";
}
