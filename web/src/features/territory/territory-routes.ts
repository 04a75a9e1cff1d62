import { IconMap } from "@tabler/icons-react";
import { lazy } from "react";
import type { AppRoute } from "../../app/routes";

const READERS = [
  "region_admin",
  "territorial_officer",
  "training_manager",
  "training_staff",
  "prescriber_admin",
  "prescriber_advisor",
  "evaluator",
] as const;
const EDITORS = ["region_admin"] as const;

const page = (path: string, title: string, load: AppRoute["page"], editing = false): AppRoute => ({
  path,
  title,
  page: load,
  access: editing ? EDITORS : READERS,
});

const lotForm = lazy(() => import("./forms/LotForm"));
const basinForm = lazy(() => import("./forms/BasinForm"));
const siteForm = lazy(() => import("./forms/SiteForm"));
const organisationForm = lazy(() => import("./forms/OrganisationForm"));

/** The territory's pages: read by every professional, edited by the Region's administrator. */
export const TERRITORY_ROUTES: readonly AppRoute[] = [
  {
    ...page(
      "/territoire",
      "Territoire",
      lazy(() => import("./TerritoryPage")),
    ),
    menu: { icon: IconMap, description: "Lots, bassins d'emploi, sites et organisations, sur la carte." },
  },
  page(
    "/territoire/lots",
    "Lots",
    lazy(() => import("./lots/LotsPage")),
  ),
  page("/territoire/lots/nouveau", "Nouveau lot", lotForm, true),
  page(
    "/territoire/lots/:id",
    "Lot",
    lazy(() => import("./lots/LotPage")),
  ),
  page("/territoire/lots/:id/modifier", "Modifier le lot", lotForm, true),
  page(
    "/territoire/bassins",
    "Bassins d'emploi",
    lazy(() => import("./basins/BasinsPage")),
  ),
  page("/territoire/bassins/nouveau", "Nouveau bassin d'emploi", basinForm, true),
  page(
    "/territoire/bassins/:id",
    "Bassin d'emploi",
    lazy(() => import("./basins/BasinPage")),
  ),
  page("/territoire/bassins/:id/modifier", "Modifier le bassin d'emploi", basinForm, true),
  page(
    "/territoire/sites",
    "Sites",
    lazy(() => import("./sites/SitesPage")),
  ),
  page("/territoire/sites/nouveau", "Nouveau site", siteForm, true),
  page(
    "/territoire/sites/:id",
    "Site",
    lazy(() => import("./sites/SitePage")),
  ),
  page("/territoire/sites/:id/modifier", "Modifier le site", siteForm, true),
  page(
    "/territoire/organisations",
    "Organisations",
    lazy(() => import("./organisations/OrganisationsPage")),
  ),
  page("/territoire/organisations/nouvelle", "Nouvelle organisation", organisationForm, true),
  page(
    "/territoire/organisations/:id",
    "Organisation",
    lazy(() => import("./organisations/OrganisationPage")),
  ),
  page("/territoire/organisations/:id/modifier", "Modifier l'organisation", organisationForm, true),
];
