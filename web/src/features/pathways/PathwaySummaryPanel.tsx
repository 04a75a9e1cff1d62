import { Stack } from "@mantine/core";
import { EntryProfileCard } from "../exits/EntryProfileCard";
import { ExitFacts } from "../exits/ExitFacts";
import { TraineeAccessButton } from "../trainee-access/TraineeAccessButton";
import { PathwayFacts } from "./PathwayFacts";
import type { PathwayDetail } from "./pathways-api";

/**
 * The « Résumé » tab: the pathway's facts, its exit once recorded, the profile at entry, and for the
 * training organisation, the trainee's access.
 */
export default function PathwaySummaryPanel({ pathway }: { pathway: PathwayDetail }) {
  return (
    <Stack gap="lg">
      <PathwayFacts pathway={pathway} />
      {pathway.exit && <ExitFacts pathway={pathway} exit={pathway.exit} />}
      <EntryProfileCard pathway={pathway} />
      {pathway.may.manage && <TraineeAccessButton pathway={pathway} />}
    </Stack>
  );
}
