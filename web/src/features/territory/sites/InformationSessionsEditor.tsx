import {
  ActionIcon,
  Button,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconTrash } from "@tabler/icons-react";
import { formatDateTime } from "../../../ui/dates";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { SessionAmbassadors } from "../../alumni/SessionAmbassadors";
import { fieldErrors } from "../forms/form-support";
import {
  type InformationSessionItem,
  useAddInformationSession,
  useInformationSessions,
  useRemoveInformationSession,
} from "./site-offer-api";

/** The site's information sessions to come: listed, announced, cancelled. */
export function InformationSessionsEditor({ siteId }: { siteId: string }) {
  const sessions = useInformationSessions(siteId);
  const remove = useRemoveInformationSession(siteId);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Informations collectives à venir
      </Title>
      <ErrorAlert error={sessions.error ?? remove.error} title="Informations collectives indisponibles" />
      {sessions.data?.length === 0 && <Text>Aucune information collective annoncée.</Text>}
      {sessions.data && sessions.data.length > 0 && (
        <List spacing="xs" listStyleType="none" p={0}>
          {sessions.data.map((session) => (
            <List.Item key={session.id}>
              <Group gap="sm" wrap="nowrap">
                <div>
                  <Text>{sessionSummary(session)}</Text>
                  <SessionAmbassadors sessionId={session.id} />
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={`Annuler l'information collective du ${formatDateTime(session.startsAt)}`}
                  loading={remove.isPending && remove.variables === session.id}
                  onClick={() => remove.mutate(session.id)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <AddSessionForm siteId={siteId} />
    </Stack>
  );
}

const sessionSummary = (session: InformationSessionItem) =>
  `${formatDateTime(session.startsAt)} — ${session.place}${session.seats ? ` (${session.seats} places)` : ""}`;

function AddSessionForm({ siteId }: { siteId: string }) {
  const add = useAddInformationSession(siteId);
  const form = useForm({
    initialValues: { startsAt: "", place: "", seats: "" as number | string },
    validate: {
      startsAt: (value) => (value ? null : "Indiquez la date et l'heure."),
      place: (value) => (value.trim() ? null : "Indiquez le lieu."),
    },
  });
  const submit = form.onSubmit((values) =>
    add.mutate(
      {
        startsAt: new Date(values.startsAt).toISOString(),
        place: values.place,
        seats: typeof values.seats === "number" ? values.seats : null,
      },
      { onSuccess: () => form.reset(), onError: (error) => form.setErrors(fieldErrors(error)) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Annoncer une information collective">
      <Stack gap="sm">
        <ErrorAlert error={add.error} title="Information collective non enregistrée" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Date et heure"
            type="datetime-local"
            required
            {...form.getInputProps("startsAt")}
          />
          <TextInput label="Lieu" required maxLength={300} {...form.getInputProps("place")} />
          <NumberInput label="Places (facultatif)" min={1} max={500} {...form.getInputProps("seats")} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={add.isPending}>
            Annoncer l'information collective
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
