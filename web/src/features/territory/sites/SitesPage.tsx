import { Stack } from "@mantine/core";
import { useSession } from "../../../api/session";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useSites } from "../territory-api";
import { SitesTable } from "./SitesTable";

const TRAINING_ROLES: readonly string[] = ["training_manager", "training_staff"];

/** `/territoire/sites`: every site; a training organisation sees those that concern it first. */
export default function SitesPage() {
  const role = useSession().data?.user?.role;
  const isTraining = role !== undefined && TRAINING_ROLES.includes(role);
  const sites = useSites();
  const mine = useSites({ mine: true }, isTraining);
  const all = sites.data ?? [];
  return (
    <TerritoryFrame
      title="Sites"
      action={<EditButton to="/territoire/sites/nouveau" label="Nouveau site" create />}
      isPending={sites.isPending}
      error={sites.error}
    >
      <Stack gap="xl">
        {isTraining && <SitesTable caption="Les sites qui vous concernent" sites={mine.data ?? []} />}
        <SitesTable
          caption={`Tous les sites (${all.length}, dont ${all.filter((s) => s.mandatoryRural).length} sites ruraux obligatoires)`}
          sites={all}
        />
      </Stack>
    </TerritoryFrame>
  );
}
