import { DataTable } from "../../../ui/DataTable";
import { RecordLink } from "../RecordLink";
import type { LotItem } from "../territory-api";

/** Lots with their operator, target, basins and number of sites. */
export function LotsTable({ caption, lots }: { caption: string; lots: readonly LotItem[] }) {
  return (
    <DataTable
      caption={caption}
      rows={lots}
      rowKey={(lot) => lot.id}
      empty="Aucun lot."
      columns={[
        { header: "Code", cell: (lot) => lot.code },
        { header: "Lot", cell: (lot) => <RecordLink kind="lot" record={lot} /> },
        { header: "Porté par", cell: (lot) => <RecordLink kind="organisation" record={lot.operator} /> },
        { header: "Objectif (stagiaires)", cell: (lot) => lot.target.toLocaleString("fr-FR") },
        { header: "Bassins d'emploi", cell: (lot) => lot.basins.map((basin) => basin.code).join(", ") },
        { header: "Sites", cell: (lot) => lot.siteCount },
      ]}
    />
  );
}
