import { Button, Group, Modal, NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
} from "../../../../src/domains/collective-sessions/attendance-vocabulary";
import { sessionBody } from "../../../../src/domains/collective-sessions/collective-sessions.schemas";
import { MODULE_LABELS, MODULES } from "../../../../src/domains/programme-rules/programme-rules";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type SessionBody, type Timetable, useCreateSession } from "./sessions-api";

/** Someone who is not an Amorce user (an outside speaker): the trainer is then given by name. */
const OTHER = "autre";

type Values = Omit<SessionBody, "trainerUserId" | "capacity"> & {
  trainer: string;
  capacity: number | string;
};

/** Adds a session: the same checks as the API's (end after start, half a day at most), in French. */
export function SessionFormModal({
  siteId,
  trainers,
  defaultDate,
  onClose,
}: {
  siteId: string;
  trainers: Timetable["trainers"];
  defaultDate: string;
  onClose: () => void;
}) {
  const create = useCreateSession(siteId);
  const toBody = (values: Values) => ({
    ...values,
    trainerUserId: values.trainer === OTHER ? null : values.trainer,
    trainerName: values.trainer === OTHER ? values.trainerName : null,
  });
  const form = useForm<Values>({
    initialValues: {
      module: "dynamisation",
      format: "collective",
      title: "",
      trainer: trainers[0]?.id ?? OTHER,
      trainerName: "",
      room: "",
      capacity: 12,
      date: defaultDate,
      startTime: "09:00",
      endTime: "12:00",
    },
    validate: (values) => {
      const parsed = sessionBody.safeParse(toBody(values));
      if (parsed.success) return {};
      return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(sessionBody.parse(toBody(values)), {
      onSuccess: () => {
        notifications.show({ title: "Séance ajoutée", message: `${values.title} le ${values.date}.` });
        onClose();
      },
    }),
  );
  return (
    <Modal opened onClose={onClose} title="Nouvelle séance" size="lg">
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={create.error} title="Séance non enregistrée" />
        <TextInput label="Titre" required mb="sm" maxLength={200} {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
          <Select
            label="Module"
            required
            allowDeselect={false}
            data={MODULES.map((module) => ({ value: module, label: MODULE_LABELS[module] }))}
            {...form.getInputProps("module")}
          />
          <Select
            label="Format"
            required
            allowDeselect={false}
            data={SESSION_FORMATS.map((format) => ({ value: format, label: SESSION_FORMAT_LABELS[format] }))}
            {...form.getInputProps("format")}
          />
          <Select
            label="Formateur·rice"
            allowDeselect={false}
            data={[
              ...trainers.map((trainer) => ({ value: trainer.id, label: trainer.displayName })),
              { value: OTHER, label: "Autre intervenant·e (saisir le nom)" },
            ]}
            {...form.getInputProps("trainer")}
          />
          {form.values.trainer === OTHER && (
            <TextInput
              label="Nom de l'intervenant·e"
              maxLength={200}
              {...form.getInputProps("trainerName")}
            />
          )}
          <TextInput label="Salle" maxLength={200} {...form.getInputProps("room")} />
          {form.values.format === "collective" && (
            <NumberInput label="Places" required min={1} max={200} {...form.getInputProps("capacity")} />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
          <TextInput label="Date" type="date" required {...form.getInputProps("date")} />
          <TextInput
            label="Début"
            description="Heure de Paris"
            type="time"
            required
            {...form.getInputProps("startTime")}
          />
          <TextInput label="Fin" type="time" required {...form.getInputProps("endTime")} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={create.isPending}>
            Ajouter la séance
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
