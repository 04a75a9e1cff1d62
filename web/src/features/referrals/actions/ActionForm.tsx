import { Button, Group, Stack, Text } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "../../../ui/ErrorAlert";

/** An action's form: what will happen, the API's refusal, the fields, then cancel and confirm. */
export function ActionForm({
  intro,
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  afterError,
}: {
  intro: string;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children?: ReactNode;
  /** Shown under the refusal: what the user may do instead. */
  afterError?: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{intro}</Text>
        <ErrorAlert error={error} title="Action impossible" />
        {afterError}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
