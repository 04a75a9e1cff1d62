import { Stack } from "@mantine/core";
import { useParams } from "react-router";
import { DEPARTMENT_NAMES } from "../../../../../src/domains/territory/territory.vocabulary";
import { Facts } from "../Facts";
import { TerritoryMap } from "../map/TerritoryMap";
import { RecordLink } from "../RecordLink";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useSite } from "../territory-api";
import { useTerritoryMapData } from "../use-territory-map-data";
import { SiteBadges } from "./SiteBadges";
import { SiteOfferSection } from "./SiteOfferSection";

/** `/territoire/sites/:id`: a site's details, located on a map of its lot. */
export default function SitePage() {
  const { id } = useParams();
  const site = useSite(id);
  const map = useTerritoryMapData();
  const s = site.data;
  return (
    <TerritoryFrame
      title={s ? `Site ${s.name}` : "Site"}
      action={<EditButton to={`/territoire/sites/${id}/modifier`} label="Modifier le site" />}
      isPending={site.isPending || map.isPending}
      error={site.error ?? map.error}
    >
      {s && (
        <Stack gap="lg">
          <SiteBadges site={s} />
          <Facts
            facts={[
              { label: "Code", value: s.code },
              {
                label: "Commune",
                value: `${s.commune.name} (${DEPARTMENT_NAMES[s.commune.department] ?? s.commune.department})`,
              },
              { label: "Adresse", value: s.address ?? "—" },
              { label: "Places", value: s.capacity },
              { label: "Lot", value: <RecordLink kind="lot" record={s.lot} /> },
              { label: "Organisme", value: <RecordLink kind="organisation" record={s.organisation} /> },
            ]}
          />
          <SiteOfferSection siteId={s.id} />
          <TerritoryMap
            title={`Carte : le site ${s.name} dans son lot`}
            lots={map.lots}
            basins={map.basins}
            sites={map.sites}
            fixedLayer
            highlightLotIds={[s.lot.id]}
            emphasiseSiteIds={[s.id]}
            zoom
            withTables={false}
          />
        </Stack>
      )}
    </TerritoryFrame>
  );
}
