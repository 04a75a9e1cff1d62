/** What the demo's senders and sites wrote: a few plausible sentences of each kind. */

export const PRESCRIBER_MOTIVATIONS = [
  "Projet professionnel à construire après une longue période sans emploi.",
  "Souhaite découvrir plusieurs métiers avant de s'engager dans une formation qualifiante.",
  "Besoin de reprendre confiance et de retrouver un rythme avant une formation.",
  "Sortie du système scolaire sans diplôme, aucune idée de métier pour l'instant.",
  "Reconversion après un problème de santé : le métier d'origine n'est plus possible.",
  "Intéressée par les métiers du soin, à confirmer par des stages.",
  "Intéressé par la logistique et le bâtiment, à confirmer par des stages.",
  "Retour à l'emploi après plusieurs années consacrées aux enfants.",
];

export const SELF_REFERRAL_HOPES = [
  "Je voudrais trouver un métier qui me plaise.",
  "J'aimerais faire des stages pour savoir ce qui me convient.",
  "Je veux reprendre une formation mais je ne sais pas laquelle.",
  "On m'a parlé de ce dispositif au point d'information, je voudrais en savoir plus.",
];

export const WITHDRAWAL_REASONS = [
  "A trouvé un emploi (CDD de six mois).",
  "Entre directement en formation qualifiante.",
  "Déménage hors de la région.",
  "Ne souhaite plus entrer dans le dispositif pour le moment.",
  "Pas de solution de garde pour les enfants aux horaires du parcours.",
];

/** The free text of the « other » refusal reason. */
export const OTHER_REFUSAL_TEXT = "Dossier incomplet malgré plusieurs relances.";

export const SELF_REFERRAL_CONSENT =
  "J'accepte que mes informations soient transmises au site choisi et utilisées pour étudier ma demande.";
