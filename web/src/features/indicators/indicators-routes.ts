import { IconChartPie } from "@tabler/icons-react";
import { lazy } from "react";
import type { AppRoute } from "../../app/routes";

/** The indicators' dashboard, for every professional role: the API narrows the figures to each one's scope. */
export const INDICATORS_ROUTES: readonly AppRoute[] = [
  {
    path: "/indicateurs",
    title: "Indicateurs",
    page: lazy(() => import("./IndicatorsPage")),
    access: { action: "read", subject: "Indicators" },
    menu: {
      icon: IconChartPie,
      description: "Entrées, profils, parcours et résultats à 6 mois, en chiffres, graphiques et cartes.",
    },
  },
];
