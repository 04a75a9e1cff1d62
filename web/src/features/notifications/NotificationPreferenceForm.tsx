import { Button, Paper, Radio, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import {
  NOTIFICATION_FREQUENCIES,
  NOTIFICATION_FREQUENCY_LABELS,
  type NotificationFrequency,
} from "../../../../src/domains/accounts/roles";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { usePreferences, useUpdatePreferences } from "./notifications-api";

const DESCRIPTIONS: Record<NotificationFrequency, (digestHour: number) => string> = {
  immediate: () => "Un e-mail dès qu'un changement vous concerne.",
  daily_digest: (digestHour) =>
    `Un seul e-mail par jour, à partir de ${digestHour} h, qui liste les changements de la journée.`,
};

/** How the user wants to receive their notifications by e-mail: at once, or in a daily digest. */
export function NotificationPreferenceForm() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const [choice, setChoice] = useState<NotificationFrequency | null>(null);
  const saved = preferences.data?.notificationFrequency;
  useEffect(() => {
    if (saved) setChoice(saved);
  }, [saved]);

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="titre-e-mails">
      <Title order={2} size="h3" id="titre-e-mails" mb="sm">
        Vos e-mails
      </Title>
      <ErrorAlert error={preferences.error ?? update.error} title="Préférence non enregistrée" />
      {preferences.isPending && <PageLoader />}
      {preferences.data && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) return;
            update.mutate(
              { notificationFrequency: choice },
              {
                onSuccess: () =>
                  notifications.show({
                    title: "Préférence enregistrée",
                    message: `Recevoir les e-mails : ${NOTIFICATION_FREQUENCY_LABELS[choice].toLowerCase()}.`,
                  }),
              },
            );
          }}
        >
          <Stack gap="md" align="flex-start">
            <Radio.Group
              label="Recevoir les e-mails"
              value={choice}
              onChange={(value) => setChoice(value as NotificationFrequency)}
            >
              <Stack gap="sm" mt="xs">
                {NOTIFICATION_FREQUENCIES.map((frequency) => (
                  <Radio
                    key={frequency}
                    value={frequency}
                    label={NOTIFICATION_FREQUENCY_LABELS[frequency]}
                    description={DESCRIPTIONS[frequency](preferences.data.digestHour)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Button type="submit" loading={update.isPending}>
              Enregistrer
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
