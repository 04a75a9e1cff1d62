import { Alert, Button, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import type { TraineeAccess } from "../../../../src/domains/accounts/accounts.schemas";
import { api } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwayDetail } from "../pathways/pathways-api";

/**
 * Opens the trainee's own space: their account is created (or reactivated) and they receive a sign-in
 * link by e-mail. Pressed again, it sends a new link.
 */
export function TraineeAccessButton({ pathway }: { pathway: PathwayDetail }) {
  const give = useMutation({
    mutationFn: () => api.post<TraineeAccess>(`/pathways/${pathway.id}/trainee-access`),
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        Le ou la stagiaire se connecte sans mot de passe, avec un lien reçu par e-mail
        {pathway.person.email ? ` (${pathway.person.email})` : ""}.
      </Text>
      <ErrorAlert error={give.error} title="Accès non donné" />
      {give.isSuccess && (
        <Alert role="status" color="region">
          Un e-mail avec un lien de connexion vient d'être envoyé à {give.data.email}.
        </Alert>
      )}
      <Button variant="light" onClick={() => give.mutate()} loading={give.isPending}>
        Donner accès à son espace
      </Button>
    </Stack>
  );
}
