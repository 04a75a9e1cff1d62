/** Helvetica's encoding has no narrow no-break space (French number and time formats use it). */
export const printable = (text: string) => text.replace(/\u202f/g, "\u00a0");
