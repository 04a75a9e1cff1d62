import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { UseMutationResult } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type RecordKind, TERRITORY_PATHS } from "../RecordLink";

/** The API's per-field messages (`details: [{ field: "body.code", message }]`), by form field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const errors: Record<string, string> = {};
  for (const detail of error.details as { field?: unknown; message?: unknown }[]) {
    if (typeof detail.field !== "string" || typeof detail.message !== "string") continue;
    const field = detail.field.replace(/^body\./, "");
    errors[field] ??= detail.message;
  }
  return errors;
}

type Save<Body, Item> = UseMutationResult<Item, Error, { id: string | null; body: Body }>;

/**
 * Saves a record, then opens its page; on refusal the API's French messages go to the fields
 * (`setErrors`) and to the alert at the top of the form.
 */
export function useSubmitRecord<Body, Item extends { id: string; name: string }>(
  kind: RecordKind,
  save: Save<Body, Item>,
  id: string | null,
  setErrors: (errors: Record<string, string>) => void,
) {
  const navigate = useNavigate();
  return (body: Body) =>
    save.mutate(
      { id, body },
      {
        onSuccess: (saved) => {
          notifications.show({ title: "Enregistré", message: `« ${saved.name} » a été enregistré.` });
          navigate(`${TERRITORY_PATHS[kind]}/${saved.id}`);
        },
        onError: (error) => setErrors(fieldErrors(error)),
      },
    );
}

/** A territory form: required-fields note, the API's refusal, the fields, then save and cancel. */
export function FormShell({
  onSubmit,
  error,
  saving,
  cancelTo,
  children,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  error: unknown;
  saving: boolean;
  cancelTo: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={720}>
        <Text size="sm">Les champs marqués d'un astérisque (*) sont obligatoires.</Text>
        <ErrorAlert error={error} title="Enregistrement impossible" />
        {children}
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={cancelTo}>
            Annuler
          </Button>
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `label (code)` options for a Select, from records. */
export const optionsOf = (records: readonly { id: string; code: string; name: string }[]) =>
  records.map((record) => ({ value: record.id, label: `${record.name} (${record.code})` }));

/** A Mantine form rule: « Indiquez … » when the field is empty. */
export const required = (what: string) => (value: unknown) =>
  value === "" || value === null || value === undefined ? `Indiquez ${what}.` : null;
