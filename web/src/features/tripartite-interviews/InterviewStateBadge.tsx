import { Badge } from "@mantine/core";
import type { InterviewState } from "../../../../src/domains/tripartite-interviews/interview-rules";

const COLOURS: Record<InterviewState, string> = {
  upcoming: "gray",
  to_organise: "orange",
  scheduled: "blue",
  held: "green",
  not_held: "red",
};

/** The interview's state, readable in contrast (outline, dark text). */
export function InterviewStateBadge({ state, children }: { state: InterviewState; children: string }) {
  return (
    <Badge variant="outline" color={`${COLOURS[state]}.9`} c="dark.7" size="lg" tt="none">
      {children}
    </Badge>
  );
}
