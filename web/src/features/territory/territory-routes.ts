import { IconMap } from "@tabler/icons-react";
import { lazy } from "react";
import type { Access, AppRoute } from "../../app/routes";

const READ: Access = { action: "read", subject: "Territory" };
const EDIT: Access = { action: "manage", subject: "Territory" };
const EDIT_ORGANISATIONS: Access = { action: "manage", subject: "Organisation" };

const page = (path: string, title: string, load: AppRoute["page"], access = READ): AppRoute => ({
  path,
  title,
  page: load,
  access,
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
  page("/territoire/lots/nouveau", "Nouveau lot", lotForm, EDIT),
  page(
    "/territoire/lots/:id",
    "Lot",
    lazy(() => import("./lots/LotPage")),
  ),
  page("/territoire/lots/:id/modifier", "Modifier le lot", lotForm, EDIT),
  page(
    "/territoire/bassins",
    "Bassins d'emploi",
    lazy(() => import("./basins/BasinsPage")),
  ),
  page("/territoire/bassins/nouveau", "Nouveau bassin d'emploi", basinForm, EDIT),
  page(
    "/territoire/bassins/:id",
    "Bassin d'emploi",
    lazy(() => import("./basins/BasinPage")),
  ),
  page("/territoire/bassins/:id/modifier", "Modifier le bassin d'emploi", basinForm, EDIT),
  page(
    "/territoire/sites",
    "Sites",
    lazy(() => import("./sites/SitesPage")),
  ),
  page("/territoire/sites/nouveau", "Nouveau site", siteForm, EDIT),
  page(
    "/territoire/sites/:id",
    "Site",
    lazy(() => import("./sites/SitePage")),
  ),
  page("/territoire/sites/:id/modifier", "Modifier le site", siteForm, EDIT),
  page(
    "/territoire/organisations",
    "Organisations",
    lazy(() => import("./organisations/OrganisationsPage")),
  ),
  page("/territoire/organisations/nouvelle", "Nouvelle organisation", organisationForm, EDIT_ORGANISATIONS),
  page(
    "/territoire/organisations/:id",
    "Organisation",
    lazy(() => import("./organisations/OrganisationPage")),
  ),
  page(
    "/territoire/organisations/:id/modifier",
    "Modifier l'organisation",
    organisationForm,
    EDIT_ORGANISATIONS,
  ),
];
