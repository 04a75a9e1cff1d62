import { DataTable } from "../../../ui/DataTable";
import { RecordLink } from "../RecordLink";
import type { SiteItem } from "../territory-api";

/** Sites with their commune, lot, organisation and capacity; rural and closed ones said in words. */
export function SitesTable({ caption, sites }: { caption: string; sites: readonly SiteItem[] }) {
  return (
    <DataTable
      caption={caption}
      rows={sites}
      rowKey={(site) => site.id}
      empty="Aucun site."
      columns={[
        { header: "Site", cell: (site) => <RecordLink kind="site" record={site} /> },
        { header: "Commune", cell: (site) => `${site.commune.name} (${site.commune.department})` },
        { header: "Lot", cell: (site) => <RecordLink kind="lot" record={site.lot} /> },
        {
          header: "Organisme",
          cell: (site) => <RecordLink kind="organisation" record={site.organisation} />,
        },
        { header: "Places", cell: (site) => site.capacity },
        { header: "Site rural obligatoire", cell: (site) => (site.mandatoryRural ? "Oui" : "Non") },
        { header: "État", cell: (site) => (site.active ? "Ouvert" : "Fermé") },
      ]}
    />
  );
}
