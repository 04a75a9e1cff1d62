/**
 * What a person applying on their own (auto-positionnement) agrees to, in plain French: shown above the
 * consent box of the public form, and kept with the self-referral as the text they accepted
 * (`referrals.consent_text`).
 */
export const SELF_REFERRAL_CONSENT_PARAGRAPHS = [
  "Vos informations servent uniquement à traiter votre demande d'entrée dans Amorce de Parcours. Elles sont lues par le site qui vous accueille et par la Région, qui finance le dispositif.",
  "Si vous n'entrez pas dans le parcours, elles sont effacées au bout de 2 ans.",
  "Vous pouvez demander à voir vos informations, à les corriger ou à les effacer. Adressez-vous au site, ou au délégué à la protection des données (DPO) de la Région.",
] as const;

export const SELF_REFERRAL_CONSENT_LABEL =
  "J'accepte que mes informations soient utilisées pour traiter ma demande, comme expliqué ci-dessus.";

/** The whole text the person accepted, as recorded with their self-referral. */
export const SELF_REFERRAL_CONSENT_TEXT = [
  ...SELF_REFERRAL_CONSENT_PARAGRAPHS,
  SELF_REFERRAL_CONSENT_LABEL,
].join("\n");
