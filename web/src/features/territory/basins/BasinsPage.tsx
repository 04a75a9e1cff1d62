import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useBasins } from "../territory-api";
import { BasinsTable } from "./BasinsTable";

/** `/territoire/bassins`: every employment basin. */
export default function BasinsPage() {
  const basins = useBasins();
  return (
    <TerritoryFrame
      title="Bassins d'emploi"
      action={<EditButton to="/territoire/bassins/nouveau" label="Nouveau bassin" create />}
      isPending={basins.isPending}
      error={basins.error}
    >
      <BasinsTable
        caption={`Tous les bassins d'emploi (${basins.data?.length ?? 0})`}
        basins={basins.data ?? []}
      />
    </TerritoryFrame>
  );
}
