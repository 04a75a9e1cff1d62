import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { DataTable } from "../../../ui/DataTable";
import type { SiteItem } from "../territory-api";
import type { Zone } from "./map-model";

/** The map's content as tables: the accessible alternative to the drawing, folded by default. */
export function MapTables({ zones, sites }: { zones: readonly Zone[]; sites: readonly SiteItem[] }) {
  const kind = zones[0]?.kind === "Lot" ? "Lots" : "Bassins d'emploi";
  return (
    <details>
      <summary>Voir le contenu de la carte sous forme de tableaux</summary>
      <DataTable
        caption={`${kind} de la carte`}
        rows={zones}
        rowKey={(zone) => zone.id}
        columns={[
          { header: "Code", cell: (zone) => zone.code },
          {
            header: "Nom",
            cell: (zone) => (
              <Anchor component={Link} to={zone.href}>
                {zone.name}
              </Anchor>
            ),
          },
          { header: "Communes", cell: (zone) => zone.communeCodes.length },
        ]}
      />
      <DataTable
        caption="Sites de la carte"
        rows={sites}
        rowKey={(site) => site.id}
        columns={[
          {
            header: "Site",
            cell: (site) => (
              <Anchor component={Link} to={`/territoire/sites/${site.id}`}>
                {site.name}
              </Anchor>
            ),
          },
          { header: "Commune", cell: (site) => site.commune.name },
          { header: "Lot", cell: (site) => site.lot.code },
          {
            header: "Site rural obligatoire",
            cell: (site) => (site.mandatoryRural ? "Oui" : "Non"),
          },
        ]}
      />
    </details>
  );
}
