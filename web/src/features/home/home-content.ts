import type { Role } from "../../../../src/domains/accounts/roles";

export type HomeContent = { title: string; intro: string; abilities: readonly string[] };

const TRAINING: HomeContent = {
  title: "Mon organisme de formation",
  intro: "Votre organisme porte le dispositif Amorce de Parcours sur un ou plusieurs sites.",
  abilities: [
    "Consulter les sites, les lots et les bassins d'emploi de votre organisme.",
    "Retrouver les structures prescriptrices qui orientent vers vos sites.",
    "Répondre aux demandes reçues par vos sites (« Prescriptions ») : examen, invitation, liste d'attente, acceptation, entrée.",
  ],
};

const PRESCRIBER: HomeContent = {
  title: "Ma structure prescriptrice",
  intro: "Vous orientez des personnes vers le dispositif Amorce de Parcours.",
  abilities: [
    "Trouver les sites proches des personnes que vous accompagnez.",
    "Consulter les lots et les organismes de formation qui les portent.",
    "Suivre les demandes de votre structure (« Prescriptions ») et chaque réponse des sites.",
  ],
};

/** What each professional role sees first: the page's title and what the role can do today. */
export const HOME_CONTENT: Record<Exclude<Role, "trainee">, HomeContent> = {
  region_admin: {
    title: "Tableau de bord Région",
    intro: "Vous pilotez le dispositif Amorce de Parcours pour la Région.",
    abilities: [
      "Configurer le territoire : bassins d'emploi, lots, objectifs et sites.",
      "Inviter les utilisateurs et gérer leurs comptes.",
      "Consulter le journal d'audit et les e-mails envoyés.",
    ],
  },
  territorial_officer: {
    title: "Mes lots",
    intro: "Vous suivez le déploiement du dispositif sur vos lots.",
    abilities: [
      "Consulter vos lots, leurs bassins d'emploi, leurs objectifs et leurs sites.",
      "Voir le territoire sur la carte.",
    ],
  },
  training_manager: TRAINING,
  training_staff: TRAINING,
  prescriber_admin: PRESCRIBER,
  prescriber_advisor: PRESCRIBER,
  evaluator: {
    title: "Espace évaluation",
    intro: "Vous évaluerez le dispositif Amorce de Parcours.",
    abilities: [
      "Consulter le territoire du dispositif : lots, bassins d'emploi et sites.",
      "Vous recevrez des données pseudonymisées et documentées, et les tableaux d'indicateurs (entrées, profils, parcours, situation avant et après).",
    ],
  },
};
