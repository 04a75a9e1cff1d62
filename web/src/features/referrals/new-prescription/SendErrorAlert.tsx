import { Alert, List } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ApiError } from "../../../api/client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formErrors, type PrescriptionValues, STEP_TITLES, stepOf } from "./prescription-form";

const TITLE = "Envoi impossible";

/**
 * Why the API refused the prescription, in French: its fields' messages, each with its step (the fields
 * show them too), or its one message (a request already open on this lot, an identifier taken…).
 */
export function SendErrorAlert({
  error,
  destination,
}: {
  error: unknown;
  destination: PrescriptionValues["destination"];
}) {
  const errors = Object.entries(formErrors(error instanceof ApiError ? error.details : null, destination));
  if (errors.length === 0) return <ErrorAlert error={error} title={TITLE} />;
  return (
    <Alert role="alert" color="red" title={TITLE} icon={<IconAlertTriangle aria-hidden />} mb="md">
      Corrigez ces champs :
      <List mt="xs">
        {errors.map(([field, message]) => (
          <List.Item key={field}>
            {STEP_TITLES[stepOf(field)]} — {message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
