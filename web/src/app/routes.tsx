import {
  type Icon,
  IconBell,
  IconCalendarEvent,
  IconClipboardList,
  IconClockHour4,
  IconHome,
  IconListDetails,
  IconMail,
  IconMessages,
  IconPhoneCall,
  IconRoute,
  IconScale,
  IconSend,
  IconSpeakerphone,
  IconUsers,
} from "@tabler/icons-react";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import { PROFESSIONAL_ROLES, type Role, TRAINING_ROLES } from "../../../src/domains/accounts/roles";
import { type Action, roleMay, type Subject } from "../../../src/domains/authorization/policies";
import { INDICATORS_ROUTES } from "../features/indicators/indicators-routes";
import { REFERRAL_STATISTICS_ROUTES } from "../features/referral-statistics/referral-statistics-routes";
import { TERRITORY_ROUTES } from "../features/territory/territory-routes";

/**
 * Who may open a page: `anonymous` (signing in: a signed-in user is sent home), `public` (anyone,
 * e.g. a link received by e-mail), `signed-in` (any role), or the roles the server's policies
 * (`src/domains/authorization/policies.ts`) let do `action` on `subject`.
 */
export type Access = "anonymous" | "public" | "signed-in" | { action: Action; subject: Subject };

export type AppRoute = {
  path: string;
  /** The page's name, in French: the menu entry and the shortcut on the home page. */
  title: string;
  page: LazyExoticComponent<ComponentType>;
  access: Access;
  /**
   * Present when the page has an entry in the menu (shown only to the roles that may open it, but for
   * `hiddenFor`: roles that reach the same data elsewhere, e.g. a trainee from their own space).
   */
  menu?: { icon: Icon; description: string; hiddenFor?: readonly Role[] };
};

/** Every page of Amorce. Adding a feature = adding its lines here; the menu and the guard follow. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: "/",
    title: "Accueil",
    page: lazy(() => import("../features/home/HomePage")),
    access: "signed-in",
    menu: { icon: IconHome, description: "Votre tableau de bord." },
  },
  ...TERRITORY_ROUTES,
  ...REFERRAL_STATISTICS_ROUTES,
  ...INDICATORS_ROUTES,
  {
    path: "/prescriptions",
    title: "Prescriptions",
    page: lazy(() => import("../features/referrals/ReferralsPage")),
    access: { action: "read", subject: "Referral" },
    menu: {
      icon: IconClipboardList,
      description: "Les demandes envoyées ou reçues, leurs réponses et leur historique.",
    },
  },
  {
    path: "/prescriptions/:id",
    title: "Demande",
    page: lazy(() => import("../features/referrals/ReferralPage")),
    access: { action: "read", subject: "Referral" },
  },
  {
    path: "/prescriptions/nouvelle",
    title: "Nouvelle prescription",
    page: lazy(() => import("../features/referrals/new-prescription/NewPrescriptionPage")),
    access: { action: "create", subject: "Referral" },
    menu: { icon: IconSend, description: "Orienter une personne vers Amorce de Parcours." },
  },
  {
    path: "/parcours",
    title: "Parcours",
    page: lazy(() => import("../features/pathways/PathwaysPage")),
    access: { action: "read", subject: "Pathway" },
    menu: {
      icon: IconRoute,
      description: "Les stagiaires, leur plan, leurs heures, leurs freins et leurs stages.",
    },
  },
  {
    path: "/parcours/:id",
    title: "Parcours",
    page: lazy(() => import("../features/pathways/PathwayPage")),
    access: { action: "read", subject: "Pathway" },
  },
  {
    path: "/entretiens-tripartites",
    title: "Entretiens tripartites",
    page: lazy(() => import("../features/tripartite-interviews/InterviewsOverviewPage")),
    access: { action: "read", subject: "TripartiteInterview" },
    menu: {
      icon: IconMessages,
      description:
        "Par lot et par site, les entretiens de fin de parcours tenus ou non, et où ils ont manqué.",
      hiddenFor: ["training_manager", "training_staff", "prescriber_admin", "prescriber_advisor", "trainee"],
    },
  },
  {
    path: "/suivi-des-anciens",
    title: "Suivi des anciens stagiaires",
    page: lazy(() => import("../features/follow-ups/FollowUpsPage")),
    access: { action: "read", subject: "FollowUp" },
    menu: {
      icon: IconPhoneCall,
      description:
        "Les anciens stagiaires à appeler 6 mois après leur sortie, et les taux de réponse au suivi.",
      hiddenFor: ["prescriber_admin", "prescriber_advisor"],
    },
  },
  {
    path: "/seances",
    title: "Séances",
    page: lazy(() => import("../features/collective-sessions/SessionsPage")),
    access: { action: "read", subject: "CollectiveSession" },
    menu: {
      icon: IconCalendarEvent,
      description: "Le planning des séances d'un site, les inscriptions et l'émargement.",
      hiddenFor: ["region_admin", "territorial_officer"],
    },
  },
  {
    path: "/heures",
    title: "Heures réalisées",
    page: lazy(() => import("../features/collective-sessions/HoursPage")),
    access: { action: "read", subject: "CollectiveSession" },
    menu: {
      icon: IconClockHour4,
      description: "Les heures faites par les stagiaires d'un lot ou d'un site, à télécharger.",
      hiddenFor: TRAINING_ROLES,
    },
  },
  {
    path: "/seances/:id/emargement",
    title: "Émargement",
    page: lazy(() => import("../features/collective-sessions/AttendancePage")),
    access: { action: "read", subject: "CollectiveSession" },
  },
  {
    path: "/ambassadeurs",
    title: "Ambassadeurs",
    page: lazy(() => import("../features/alumni/AmbassadorsPage")),
    access: { action: "read", subject: "Ambassador" },
    menu: {
      icon: IconSpeakerphone,
      description:
        "Les ancien·ne·s stagiaires qui témoignent, et leurs invitations aux informations collectives.",
    },
  },
  {
    path: "/regles-du-programme",
    title: "Règles du programme",
    page: lazy(() => import("../features/programme-rules/ProgrammeRulesPage")),
    access: { action: "read", subject: "ProgrammeRules" },
    menu: {
      icon: IconScale,
      description: "Le cahier des charges : heures, durée, modules et stages de chaque plan.",
      hiddenFor: PROFESSIONAL_ROLES.filter((role) => role !== "region_admin"),
    },
  },
  {
    path: "/utilisateurs",
    title: "Utilisateurs",
    page: lazy(() => import("../features/accounts/UsersPage")),
    access: { action: "read", subject: "User" },
    menu: { icon: IconUsers, description: "Inviter des personnes, désactiver ou réactiver leur compte." },
  },
  {
    path: "/journal",
    title: "Journal d'audit",
    page: lazy(() => import("../features/audit/AuditLogPage")),
    access: { action: "read", subject: "AuditLog" },
    menu: {
      icon: IconListDetails,
      description: "Qui a fait quoi, et quand : connexions, invitations, modifications.",
    },
  },
  {
    path: "/courriels",
    title: "E-mails envoyés",
    page: lazy(() => import("../features/mail/OutboxPage")),
    access: { action: "read", subject: "Outbox" },
    menu: { icon: IconMail, description: "Les e-mails qu'Amorce a envoyés (démonstration)." },
  },
  {
    path: "/notifications",
    title: "Notifications",
    page: lazy(() => import("../features/notifications/NotificationsPage")),
    access: "signed-in",
    menu: { icon: IconBell, description: "Les changements qui vous concernent, et vos e-mails." },
  },
  {
    path: "/connexion",
    title: "Connexion",
    page: lazy(() => import("../features/accounts/LoginPage")),
    access: "anonymous",
  },
  {
    path: "/mot-de-passe-oublie",
    title: "Mot de passe oublié",
    page: lazy(() => import("../features/accounts/ForgottenPasswordPage")),
    access: "public",
  },
  {
    path: "/reinitialiser-mot-de-passe",
    title: "Nouveau mot de passe",
    page: lazy(() => import("../features/accounts/ResetPasswordPage")),
    access: "public",
  },
  {
    path: "/connexion-par-lien",
    title: "Connexion par lien",
    page: lazy(() => import("../features/accounts/SignInLinkPage")),
    access: "public",
  },
  {
    path: "/signer",
    title: "Signer une convention de stage",
    page: lazy(() => import("../features/internships/SignPage")),
    access: "public",
  },
  {
    path: "/suivi",
    title: "Où en êtes-vous ?",
    page: lazy(() => import("../features/follow-ups/FollowUpQuestionnairePage")),
    access: "public",
  },
  {
    path: "/evaluation-stage",
    title: "Avis sur un stage",
    page: lazy(() => import("../features/internships/TutorAssessmentPage")),
    access: "public",
  },
  {
    path: "/invitation",
    title: "Invitation",
    page: lazy(() => import("../features/accounts/InvitationPage")),
    access: "public",
  },
  {
    path: "/decouvrir",
    title: "Découvrir Amorce de Parcours",
    page: lazy(() => import("../features/public-offer/DiscoverPage")),
    access: "public",
  },
  {
    path: "/trouver-un-site",
    title: "Trouver un site",
    page: lazy(() => import("../features/public-offer/FindSitePage")),
    access: "public",
  },
  {
    path: "/candidater",
    title: "Envoyer ma demande",
    page: lazy(() => import("../features/public-offer/ApplyPage")),
    access: "public",
  },
];

/** May a user with `role` (`null`: anonymous) open a page with this access? */
export function mayOpen(access: Access, role: Role | null): boolean {
  if (access === "anonymous" || access === "public") return true;
  if (role === null) return false;
  return access === "signed-in" || roleMay(role, access.action, access.subject);
}

/** The menu entries a role may open, in the order above. */
export function menuFor(role: Role): AppRoute[] {
  return ROUTES.filter(
    (route) => route.menu && !route.menu.hiddenFor?.includes(role) && mayOpen(route.access, role),
  );
}
