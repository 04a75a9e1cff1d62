import type { AuditOutcome } from "../../../../src/domains/audit/audit.vocabulary";

/** The audit log's actions in plain French; an action not listed here shows its code. */
export const ACTION_LABELS: Record<string, string> = {
  "auth.login": "Connexion",
  "auth.logout": "Déconnexion",
  "auth.lockout": "Blocage après trop d'essais",
  "auth.password_reset_request": "Demande de nouveau mot de passe",
  "auth.password_reset": "Nouveau mot de passe choisi",
  "auth.sign_in_link_request": "Demande d'un lien de connexion (stagiaire)",
  "pathway.trainee_access": "Accès à son espace donné au ou à la stagiaire",
  "skills.read": "Consultation des compétences",
  "skills.update": "Évaluation des compétences enregistrée",
  "user.invite": "Invitation d'une personne",
  "user.invitation_resend": "Invitation renvoyée",
  "user.invitation_accept": "Invitation acceptée",
  "user.create": "Création de compte",
  "user.deactivate": "Désactivation de compte",
  "user.reactivate": "Réactivation de compte",
  "territory.import": "Import du territoire",
  "referralStatistics.read": "Consultation des statistiques du réseau prescripteur",
  "preferences.update": "Préférences modifiées",
  "site.offer_update": "Offre publique d'un site modifiée",
  "information_session.create": "Information collective annoncée",
  "information_session.delete": "Information collective annulée",
  "barrier.list": "Consultation des freins d'un parcours",
  "barrier.sensitive_read": "Consultation des précisions santé ou justice d'un frein",
  "barrier.create": "Frein ajouté au diagnostic",
  "barrier.update": "Frein modifié",
  "barrier_action.create": "Action ajoutée à un frein",
  "barrier_action.update": "Action d'un frein modifiée",
  "programme_rules.update": "Règles du programme modifiées",
  "pathway_plan.read": "Consultation du plan de parcours",
  "pathway_plan.update": "Plan de parcours enregistré",
  "session.create": "Séance ajoutée au planning",
  "session.update": "Séance modifiée",
  "session.cancel": "Séance annulée",
  "session.enrol": "Inscriptions à une séance modifiées",
  "session.enrolments.read": "Consultation des inscrit·es d'une séance",
  "attendance.read": "Consultation des présences",
  "attendance.mark": "Émargement d'une séance",
  "attendance.confirm": "Présence confirmée par le ou la stagiaire",
  "attendance.statement": "Relevé mensuel d'assiduité téléchargé",
  "attendance.export": "Export des heures d'un site ou d'un lot",
};

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: "Réussi",
  denied: "Refusé",
  failure: "Échoué",
};

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;

const RECORD_TYPE_LABELS: Record<string, string> = {
  user: "Compte",
  territory: "Territoire",
  organisation: "Organisation",
  lot: "Lot",
  site: "Site",
  basin: "Bassin d'emploi",
  barrier: "Frein périphérique",
  barrier_action: "Action sur un frein",
};

export const recordTypeLabel = (recordType: string) => RECORD_TYPE_LABELS[recordType] ?? recordType;
