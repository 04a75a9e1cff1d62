import { Stack } from "@mantine/core";
import { TraineeAccessButton } from "../trainee-access/TraineeAccessButton";
import { PathwayFacts } from "./PathwayFacts";
import type { PathwayDetail } from "./pathways-api";

/** The « Résumé » tab: the pathway's facts, and for the training organisation, the trainee's access. */
export default function PathwaySummaryPanel({ pathway }: { pathway: PathwayDetail }) {
  return (
    <Stack gap="lg">
      <PathwayFacts pathway={pathway} />
      {pathway.may.manage && <TraineeAccessButton pathway={pathway} />}
    </Stack>
  );
}
