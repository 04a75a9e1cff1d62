import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { PathwayDetail } from "./pathways-api";

/**
 * The sections of a pathway's page, one tab each, in this order. Adding a part of the pathway (plan,
 * attendance, barriers…) = adding its line here. `slug` is the tab's name in the address (`?onglet=`).
 */
export type PathwaySection = {
  slug: string;
  label: string;
  panel: LazyExoticComponent<ComponentType<{ pathway: PathwayDetail }>>;
};

export const PATHWAY_SECTIONS: readonly PathwaySection[] = [
  { slug: "resume", label: "Résumé", panel: lazy(() => import("./PathwaySummaryPanel")) },
  { slug: "plan", label: "Plan", panel: lazy(() => import("./plan/PlanPanel")) },
  {
    slug: "assiduite",
    label: "Assiduité",
    panel: lazy(() => import("../collective-sessions/PathwayAttendancePanel")),
  },
  { slug: "freins", label: "Freins", panel: lazy(() => import("../barriers/BarriersPanel")) },
  { slug: "competences", label: "Compétences", panel: lazy(() => import("../skills/SkillsPanel")) },
  { slug: "stages", label: "Stages", panel: lazy(() => import("../internships/InternshipsPanel")) },
  {
    slug: "entretien-tripartite",
    label: "Entretien tripartite",
    panel: lazy(() => import("../tripartite-interviews/TripartiteInterviewPanel")),
  },
  { slug: "sortie", label: "Sortie", panel: lazy(() => import("../exits/ExitPanel")) },
  { slug: "suivi", label: "Suivi", panel: lazy(() => import("../follow-ups/PathwayFollowUpsPanel")) },
];
