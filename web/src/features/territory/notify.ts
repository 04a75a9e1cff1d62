import { notifications } from "@mantine/notifications";

/**
 * A confirmation in the corner of the screen. Its message is in the theme's secondary text colour:
 * Mantine greys a titled notification's message with gray 6, below AA contrast on white (3.3:1).
 */
export function notifyDone(title: string, message: string) {
  notifications.show({ title, message, styles: { description: { color: "var(--mantine-color-dimmed)" } } });
}
