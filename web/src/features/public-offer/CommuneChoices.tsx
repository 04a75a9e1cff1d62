import { Button, Stack, Text } from "@mantine/core";
import type { PublicCommuneItem } from "./public-offer-api";

export const communeLabel = (commune: PublicCommuneItem) =>
  `${commune.name} (${commune.postalCodes.join(", ") || commune.department})`;

/**
 * The communes matching what a visitor typed, as a list of large buttons: easy to tap on a phone, read
 * by screen readers as they are, and lighter than a combobox. The count is announced as it changes.
 */
export function CommuneChoices({
  search,
  communes,
  loading,
  onChoose,
}: {
  search: string;
  communes: readonly PublicCommuneItem[] | undefined;
  loading: boolean;
  onChoose: (commune: PublicCommuneItem) => void;
}) {
  const typed = search.trim().length >= 2;
  const status = !typed
    ? ""
    : loading && !communes
      ? "Recherche des communes…"
      : communes?.length === 0
        ? "Aucune commune de la région ne correspond. Vérifiez l'orthographe ou essayez le code postal."
        : `${communes?.length ?? 0} commune${communes?.length === 1 ? "" : "s"} : choisissez la vôtre.`;
  return (
    <Stack gap="xs">
      <Text size="sm" aria-live="polite" role="status">
        {status}
      </Text>
      {typed && communes && communes.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {communes.map((commune) => (
            <li key={commune.code}>
              <Button
                variant="light"
                size="md"
                fullWidth
                justify="flex-start"
                onClick={() => onChoose(commune)}
              >
                {communeLabel(commune)}
              </Button>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
