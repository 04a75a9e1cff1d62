import { Accordion, Stack, Text } from "@mantine/core";
import { formatDateTime } from "../../ui/dates";
import { eventText } from "./barrier-words";
import type { BarrierItem } from "./barriers-api";

/** Who did what, and when, oldest first, folded away. */
export function BarrierHistory({ barrier }: { barrier: BarrierItem }) {
  return (
    <Accordion variant="contained" mt="sm">
      <Accordion.Item value="historique">
        <Accordion.Control>Historique ({barrier.history.length})</Accordion.Control>
        <Accordion.Panel>
          <Stack
            component="ol"
            gap="xs"
            m={0}
            pl="lg"
            aria-label="Historique du frein, du plus ancien au plus récent"
          >
            {barrier.history.map((event) => (
              <li key={`${event.at}-${event.kind}-${event.actionId ?? ""}-${event.toStatus ?? ""}`}>
                <Text size="sm" fw={600}>
                  {eventText(barrier, event)}
                </Text>
                <Text size="sm">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time> — {event.actorLabel}
                </Text>
              </li>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
