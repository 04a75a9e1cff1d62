import { IconChartBar } from "@tabler/icons-react";
import { lazy } from "react";
import type { AppRoute } from "../../app/routes";

/** The prescriber network page, for the Region and its territorial officers. */
export const REFERRAL_STATISTICS_ROUTES: readonly AppRoute[] = [
  {
    path: "/reseau-prescripteur",
    title: "Réseau prescripteur",
    page: lazy(() => import("./ReferralStatisticsPage")),
    access: { action: "read", subject: "ReferralStatistics" },
    menu: {
      icon: IconChartBar,
      description: "Prescriptions par réseau, site et bassin d'emploi ; les bassins qui en reçoivent peu.",
    },
  },
];
