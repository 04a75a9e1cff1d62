import { DataTable } from "../../../ui/DataTable";
import { RecordLink } from "../RecordLink";
import type { BasinItem } from "../territory-api";

/** Employment basins with their lot, number of communes and population. */
export function BasinsTable({ caption, basins }: { caption: string; basins: readonly BasinItem[] }) {
  return (
    <DataTable
      caption={caption}
      rows={basins}
      rowKey={(basin) => basin.id}
      empty="Aucun bassin d'emploi."
      columns={[
        { header: "Code", cell: (basin) => basin.code },
        { header: "Bassin d'emploi", cell: (basin) => <RecordLink kind="basin" record={basin} /> },
        { header: "Lot", cell: (basin) => <RecordLink kind="lot" record={basin.lot} /> },
        { header: "Communes", cell: (basin) => basin.communeCodes.length },
        { header: "Population", cell: (basin) => basin.population.toLocaleString("fr-FR") },
      ]}
    />
  );
}
