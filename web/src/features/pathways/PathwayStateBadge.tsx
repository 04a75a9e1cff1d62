import { Badge } from "@mantine/core";
import { PATHWAY_STATE_LABELS, type PathwayState } from "../../../../src/domains/pathways/pathways.schemas";

/** « En parcours » or « Sorti·e »: a coloured outline, the text in a shade dark enough to read on white (AA). */
export function PathwayStateBadge({ state }: { state: PathwayState }) {
  return (
    <Badge color={state === "current" ? "green.9" : "gray.8"} c="dark.7" variant="outline">
      {PATHWAY_STATE_LABELS[state]}
    </Badge>
  );
}
