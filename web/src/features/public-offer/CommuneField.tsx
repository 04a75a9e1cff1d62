import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { CommuneChoices, communeLabel } from "./CommuneChoices";
import { type PublicCommuneItem, usePublicCommunes } from "./public-offer-api";

/** A form's commune: typed, then chosen among the matches; once chosen, shown with a way to change it. */
export function CommuneField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: PublicCommuneItem | null;
  onChange: (commune: PublicCommuneItem | null) => void;
  error?: string;
}) {
  const [typed, setTyped] = useState("");
  const [debounced] = useDebouncedValue(typed, 250);
  const communes = usePublicCommunes(debounced);
  if (value) {
    return (
      <Group gap="sm">
        <Text size="lg">
          Votre commune : <strong>{communeLabel(value)}</strong>
        </Text>
        <Button variant="default" size="md" onClick={() => onChange(null)}>
          Changer de commune
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <TextInput
        id={id}
        label="Votre commune"
        description="Tapez son nom ou son code postal, puis choisissez-la dans la liste."
        size="lg"
        required
        autoComplete="address-level2"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        error={error}
      />
      <CommuneChoices
        search={debounced}
        communes={communes.data}
        loading={communes.isFetching}
        onChoose={(commune) => {
          setTyped("");
          onChange(commune);
        }}
      />
    </Stack>
  );
}
