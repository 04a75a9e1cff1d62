const integer = new Intl.NumberFormat("fr-FR");
const rate = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** « 12 345 » */
export const formatCount = (value: number) => integer.format(value);
/** « 0,9 », one decimal; « — » without a rate. */
export const formatRate = (value: number | null) => (value === null ? "—" : rate.format(value));
/** « 42 % »; « — » without a share. */
export const formatShare = (value: number | null) => (value === null ? "—" : percent.format(value));
