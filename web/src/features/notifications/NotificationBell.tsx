import { ActionIcon, Indicator } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { Link } from "react-router";
import { useUnreadCount } from "./notifications-api";

/** « Notifications, 3 non lues »: the bell's name for screen readers, and its tooltip. */
function bellLabel(unread: number): string {
  if (unread === 0) return "Notifications";
  return `Notifications, ${unread} non ${unread === 1 ? "lue" : "lues"}`;
}

/** The header's bell: how many notifications are unread, and the way to them. */
export function NotificationBell() {
  const unread = useUnreadCount().data ?? 0;
  return (
    <Indicator
      label={<span aria-hidden>{unread > 99 ? "99+" : unread}</span>}
      disabled={unread === 0}
      size={18}
      offset={4}
      color="red.9"
      withBorder
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="white"
        size="lg"
        radius="xl"
        aria-label={bellLabel(unread)}
        title={bellLabel(unread)}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
