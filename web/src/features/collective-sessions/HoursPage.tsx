import { Select, Text } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { type SiteItem, useSites } from "../territory/territory-api";
import { HoursExport, type HoursPlace } from "./HoursExport";

/** The lots of these sites, once each, in the sites' order. */
const lotsOf = (sites: SiteItem[]) => [...new Map(sites.map((site) => [site.lot.id, site.lot])).values()];

/** `lot:<id>` or `site:<id>`, the select's values. */
const placeOf = (value: string): HoursPlace => {
  const [kind, id] = value.split(":") as [string, string];
  return kind === "lot" ? { lotId: id } : { siteId: id };
};

/** `/heures`: the Region and territorial officers export the hours done on a lot or one of its sites. */
export default function HoursPage() {
  const sites = useSites({ mine: true });
  const [chosen, setChosen] = useState<string | null>(null);
  const lots = lotsOf(sites.data ?? []);
  const value = chosen ?? (lots[0] ? `lot:${lots[0].id}` : null);
  const data = [
    {
      group: "Lots",
      items: lots.map((lot) => ({ value: `lot:${lot.id}`, label: `Lot ${lot.code} — ${lot.name}` })),
    },
    {
      group: "Sites",
      items: (sites.data ?? []).map((site) => ({
        value: `site:${site.id}`,
        label: `${site.name} (${site.code})`,
      })),
    },
  ];
  return (
    <>
      <PageTitle>Heures réalisées</PageTitle>
      <Text mb="md" maw={720}>
        Les heures de formation faites par les stagiaires, pour un lot entier ou pour un site.
      </Text>
      <ErrorAlert error={sites.error} title="Sites indisponibles" />
      {sites.isPending ? (
        <PageLoader />
      ) : value === null ? (
        <Text>Aucun lot ne vous concerne pour l'instant.</Text>
      ) : (
        <HoursExport place={placeOf(value)}>
          <Select
            label="Lot ou site"
            data={data}
            value={value}
            onChange={(next) => next && setChosen(next)}
            allowDeselect={false}
            searchable
            maw={480}
            mb="sm"
          />
        </HoursExport>
      )}
    </>
  );
}
