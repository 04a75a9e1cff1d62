/** The headings of Commander's help, in French. */
const HELP_TITLES: Record<string, string> = {
  "Usage:": "Utilisation :",
  "Arguments:": "Arguments :",
  "Options:": "Options :",
  "Commands:": "Commandes :",
  "Global Options:": "Options globales :",
};

export const frenchHelpTitle = (title: string): string => HELP_TITLES[title] ?? title;

/**
 * Commander writes its usage errors in English; Amorce's people read French. Each known message is
 * rewritten, the names it quotes kept; an unknown one passes unchanged.
 */
const TRANSLATIONS: readonly [RegExp, (...parts: string[]) => string][] = [
  [
    /^error: required option '(.+)' not specified$/,
    (option) => `erreur : l'option « ${option} » est obligatoire.`,
  ],
  [
    /^error: option '(.+)' argument missing$/,
    (option) => `erreur : l'option « ${option} » attend une valeur.`,
  ],
  [
    /^error: missing required argument '(.+)'$/,
    (name) => `erreur : il manque l'argument obligatoire « ${name} ».`,
  ],
  [/^error: unknown option '([^']+)'$/, (option) => `erreur : option inconnue « ${option} ».`],
  [/^error: unknown command '([^']+)'$/, (name) => `erreur : commande inconnue « ${name} ».`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, received) =>
      `erreur : trop d'arguments${command ? ` pour « ${command} »` : ""} : ${expected} attendu(s), ${received} donné(s).`,
  ],
  [/^\(Did you mean one of (.+)\?\)$/, (names) => `(Vouliez-vous dire l'un de : ${names} ?)`],
  [/^\(Did you mean (.+)\?\)$/, (name) => `(Vouliez-vous dire ${name} ?)`],
];

export function frenchCommanderError(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      for (const [pattern, translate] of TRANSLATIONS) {
        const match = pattern.exec(line);
        if (match) return translate(...match.slice(1).map((part) => part ?? ""));
      }
      return line;
    })
    .join("\n");
}
