import { Checkbox, SimpleGrid, Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { BARRIER_THEME_LABELS, BARRIER_THEMES } from "../../../../../src/domains/barriers/barrier-catalogue";
import type { PrescriptionValues } from "./prescription-form";

const MOTIVATION_MAX = 2000;

/** Step 3, « Pourquoi »: the reasons, the barriers already known, when the person is available. */
export function ReasonsStep({ form }: { form: UseFormReturnType<PrescriptionValues> }) {
  const length = form.values.motivation.length;
  return (
    <Stack>
      <Textarea
        label="Motifs de la prescription"
        description={`Ce que la personne attend du parcours, son projet, ce qui a été fait jusqu'ici. ${length.toLocaleString("fr-FR")} / ${MOTIVATION_MAX.toLocaleString("fr-FR")} caractères.`}
        required
        autosize
        minRows={4}
        maxLength={MOTIVATION_MAX}
        {...form.getInputProps("motivation")}
      />
      <Checkbox.Group
        label="Freins périphériques déjà connus"
        description="Ceux que vous connaissez déjà ; le site les détaillera avec la personne à son entrée."
        {...form.getInputProps("knownBarriers")}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {BARRIER_THEMES.map((theme) => (
            <Checkbox key={theme} value={theme} label={BARRIER_THEME_LABELS[theme]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label="Précisions sur ces freins"
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps("barriersNote")}
      />
      <Textarea
        label="Disponibilités"
        description="Par exemple : disponible à partir du 3 mars, pas le mercredi après-midi."
        autosize
        minRows={2}
        maxLength={500}
        {...form.getInputProps("availability")}
      />
    </Stack>
  );
}
