import { Alert } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ApiError } from "../api/client";

/** Shows an error's French message in an alert that screen readers announce; nothing without an error. */
export function ErrorAlert({ error, title = "Erreur" }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message =
    error instanceof ApiError ? error.message : "Une erreur inattendue est survenue. Réessayez plus tard.";
  return (
    <Alert role="alert" color="red" title={title} icon={<IconAlertTriangle aria-hidden />} mb="md">
      {message}
    </Alert>
  );
}
