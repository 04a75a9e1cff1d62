import { Badge, Button, Group, Modal, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { BARRIER_ACTION_STATUS_LABELS } from "../../../../src/domains/barriers/barrier-catalogue";
import { formatDate } from "../../ui/dates";
import { BarrierActionForm } from "./BarrierActionForm";
import { ACTION_STATUS_COLOURS } from "./barrier-words";
import type { BarrierActionItem, BarrierItem } from "./barriers-api";

/** What is done to lift the barrier; the site's staff add and change the actions. */
export function BarrierActions({
  pathwayId,
  barrier,
  manage,
}: {
  pathwayId: string;
  barrier: BarrierItem;
  manage: boolean;
}) {
  const [editing, setEditing] = useState<BarrierActionItem | "new" | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");
  const close = () => setEditing(null);
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h5">
        Actions
      </Title>
      {barrier.actions.length === 0 && <Text size="sm">Aucune action pour l'instant.</Text>}
      <Stack component="ul" gap="xs" m={0} pl="lg">
        {barrier.actions.map((action) => (
          <li key={action.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {action.description ?? "Action réservée"}
                {action.partner && ` — avec ${action.partner}`}
                {action.dueOn && `, pour le ${formatDate(action.dueOn)}`}
              </Text>
              <Badge size="sm" color={ACTION_STATUS_COLOURS[action.status]} variant="outline">
                {BARRIER_ACTION_STATUS_LABELS[action.status]}
              </Badge>
              {manage && (
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing(action)}>
                  Modifier<VisuallyHidden> l'action {action.description}</VisuallyHidden>
                </Button>
              )}
            </Group>
          </li>
        ))}
      </Stack>
      {manage && (
        <Group>
          <Button size="xs" variant="outline" onClick={() => setEditing("new")}>
            Ajouter une action
          </Button>
        </Group>
      )}
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing === "new" ? "Ajouter une action" : "Modifier l'action"}
        size="lg"
        fullScreen={phone}
      >
        {editing !== null && (
          <BarrierActionForm
            pathwayId={pathwayId}
            barrierId={barrier.id}
            action={editing === "new" ? null : editing}
            onDone={close}
          />
        )}
      </Modal>
    </Stack>
  );
}
