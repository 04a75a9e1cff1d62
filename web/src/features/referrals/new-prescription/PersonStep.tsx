import { Paper, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { CommunePicker } from "../../territory/forms/CommunePicker";
import { KnownPeople } from "./KnownPeople";
import type { PersonMatch } from "./new-prescription-api";
import type { PrescriptionValues } from "./prescription-form";

/**
 * Step 1, « La personne »: who they are, checked against the people Amorce knows before anything else;
 * then, once checked, how to reach them and where they live.
 */
export function PersonStep({
  form,
  matches,
  searchError,
}: {
  form: UseFormReturnType<PrescriptionValues>;
  /** The people found by the last check of this identity; `null` until it is checked. */
  matches: PersonMatch[] | null;
  searchError: unknown;
}) {
  return (
    <Stack>
      <Text>Vérifiez d'abord si Amorce connaît déjà la personne : une même personne n'a qu'une fiche.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Nom" required autoComplete="off" {...form.getInputProps("person.lastName")} />
        <TextInput label="Prénom" required autoComplete="off" {...form.getInputProps("person.firstName")} />
        <TextInput
          label="Date de naissance"
          type="date"
          required
          {...form.getInputProps("person.birthDate")}
        />
        <TextInput
          label="Identifiant France Travail"
          description="Facultatif : 8 ou 11 caractères."
          autoComplete="off"
          {...form.getInputProps("person.franceTravailId")}
        />
      </SimpleGrid>
      <ErrorAlert error={searchError} title="Vérification impossible" />
      <div role="status">
        {matches?.length === 0 && (
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h4" mb="xs">
              Personne inconnue d'Amorce
            </Title>
            <Text>Sa fiche sera créée à l'envoi de la prescription. Complétez ses coordonnées.</Text>
          </Paper>
        )}
        {matches && matches.length > 0 && (
          <VisuallyHidden>Cette personne est déjà connue d'Amorce.</VisuallyHidden>
        )}
      </div>
      {matches && matches.length > 0 && <KnownPeople matches={matches} />}
      {matches && <ContactFields form={form} />}
    </Stack>
  );
}

function ContactFields({ form }: { form: UseFormReturnType<PrescriptionValues> }) {
  return (
    <Stack>
      <CommunePicker
        label="Commune de résidence"
        required
        value={form.values.person.communeCode}
        onChange={(code) => form.setFieldValue("person.communeCode", code)}
        error={form.errors["person.communeCode"]}
        initial={null}
      />
      <Text>
        Au moins un moyen de la joindre est recommandé : le site la contactera pour l'information collective
        ou l'entretien.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Adresse e-mail"
          type="email"
          autoComplete="off"
          {...form.getInputProps("person.email")}
        />
        <TextInput label="Téléphone" type="tel" autoComplete="off" {...form.getInputProps("person.phone")} />
      </SimpleGrid>
    </Stack>
  );
}
