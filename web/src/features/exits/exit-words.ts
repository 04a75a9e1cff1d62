/** « Oui », « Non », « Inconnu ». */
export const yesNo = (value: boolean | null) => (value === null ? "Inconnu" : value ? "Oui" : "Non");
