import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { PathwaySummary } from "../pathways/pathways-api";

/**
 * The parts of a trainee's own space, in this order, each in plain words for a phone: my week, my
 * hours, my internships and documents, my barriers… Adding one = adding its line here.
 */
export type TraineeSpaceSection = {
  slug: string;
  panel: LazyExoticComponent<ComponentType<{ pathway: PathwaySummary }>>;
};

export const TRAINEE_SPACE_SECTIONS: readonly TraineeSpaceSection[] = [
  { slug: "mon-parcours", panel: lazy(() => import("./MyPathwaySection")) },
  { slug: "ma-semaine", panel: lazy(() => import("../collective-sessions/MyWeekSection")) },
  { slug: "mes-heures", panel: lazy(() => import("../pathways/plan/MyHoursSection")) },
  { slug: "mon-aide", panel: lazy(() => import("../barriers/MyBarriersSection")) },
  { slug: "mes-progres", panel: lazy(() => import("../skills/MyProgressSection")) },
  { slug: "mes-stages", panel: lazy(() => import("../internships/MyInternshipsSection")) },
  { slug: "mon-entretien", panel: lazy(() => import("../tripartite-interviews/MyInterviewSection")) },
  { slug: "mes-documents", panel: lazy(() => import("./MyDocumentsSection")) },
  { slug: "temoigner", panel: lazy(() => import("../alumni/MyAmbassadorSection")) },
];
