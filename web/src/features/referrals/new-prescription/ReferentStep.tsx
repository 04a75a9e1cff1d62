import { Paper, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { BARRIER_THEME_LABELS } from "../../../../../src/domains/barriers/barrier-catalogue";
import { useDestinationLabel } from "./PlaceStep";
import type { PrescriptionValues } from "./prescription-form";
import { ReferentSelect } from "./ReferentSelect";

/** Step 4, « Référent·e »: who follows the person, and what is about to be sent. */
export function ReferentStep({ form }: { form: UseFormReturnType<PrescriptionValues> }) {
  const values = form.values;
  const destination = useDestinationLabel(values);
  const barriers = values.knownBarriers.map((theme) => BARRIER_THEME_LABELS[theme]).join(", ");
  return (
    <Stack>
      <ReferentSelect
        value={values.referentUserId}
        onChange={(userId) => form.setFieldValue("referentUserId", userId)}
        error={form.errors.referentUserId}
      />
      <Paper withBorder p="md" radius="md">
        <Text fw={700} mb="xs">
          Avant d'envoyer
        </Text>
        <Text>
          Vous orientez {values.person.firstName} {values.person.lastName} vers {destination ?? "—"}.
        </Text>
        <Text>Freins déjà connus : {barriers || "aucun indiqué"}.</Text>
      </Paper>
    </Stack>
  );
}
