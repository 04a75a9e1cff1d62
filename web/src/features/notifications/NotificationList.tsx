import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { notifications as toasts } from "@mantine/notifications";
import { Link } from "react-router";
import type { NotificationView } from "../../../../src/domains/notifications/notifications.schemas";
import { ApiError } from "../../api/client";
import { formatDateTime } from "../../ui/dates";
import { useMarkRead } from "./notifications-api";

function notifyFailure(error: Error) {
  toasts.show({
    color: "red",
    title: "Action impossible",
    message: error instanceof ApiError ? error.message : "Une erreur inattendue est survenue.",
  });
}

/** The notifications, newest first: unread ones stand out, and say so in words. */
export function NotificationList({ items }: { items: readonly NotificationView[] }) {
  const markRead = useMarkRead();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {items.map((item) => {
        const unread = item.readAt === null;
        const read = () => {
          if (unread) markRead.mutate(item.id, { onError: notifyFailure });
        };
        return (
          <Paper
            component="li"
            key={item.id}
            withBorder
            p="sm"
            style={unread ? { borderLeft: "4px solid var(--mantine-color-region-6)" } : undefined}
          >
            <Group justify="space-between" align="flex-start" gap="sm">
              <div style={{ flex: "1 1 16rem" }}>
                <Text fw={unread ? 700 : 400}>{item.message}</Text>
                <Group gap="xs" mt={4}>
                  <Text size="sm">{formatDateTime(item.createdAt)}</Text>
                  {unread && (
                    <Badge color="region" variant="light" size="sm">
                      Non lue
                    </Badge>
                  )}
                </Group>
              </div>
              <Group gap="xs" wrap="nowrap">
                {item.link && (
                  <Anchor
                    component={Link}
                    to={item.link}
                    onClick={read}
                    aria-label={`Voir : ${item.message}`}
                  >
                    Voir
                  </Anchor>
                )}
                {unread && (
                  <Button
                    size="compact-sm"
                    variant="outline"
                    onClick={read}
                    loading={markRead.isPending && markRead.variables === item.id}
                    aria-label={`Marquer comme lue : ${item.message}`}
                  >
                    Marquer comme lue
                  </Button>
                )}
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
