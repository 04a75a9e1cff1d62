import { Stack } from "@mantine/core";
import { useSession } from "../../../api/session";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useLots } from "../territory-api";
import { LotsTable } from "./LotsTable";

/** `/territoire/lots`: every lot; a territorial officer sees theirs first. */
export default function LotsPage() {
  const lots = useLots();
  const myLotIds = useSession().data?.user?.lotIds ?? [];
  const all = lots.data ?? [];
  const mine = all.filter((lot) => myLotIds.includes(lot.id));
  return (
    <TerritoryFrame
      title="Lots"
      action={<EditButton to="/territoire/lots/nouveau" label="Nouveau lot" create />}
      isPending={lots.isPending}
      error={lots.error}
    >
      <Stack gap="xl">
        {mine.length > 0 && <LotsTable caption="Mes lots" lots={mine} />}
        <LotsTable caption={`Tous les lots (${all.length})`} lots={all} />
      </Stack>
    </TerritoryFrame>
  );
}
