import { Alert, Button, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TraineeAccess } from "../../../../src/domains/accounts/accounts.schemas";
import { api } from "../../api/client";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PATHWAYS_KEY, type PathwayDetail } from "../pathways/pathways-api";

/** « Accès ouvert le 3 novembre 2026 — dernière connexion le 20 novembre 2026 ». */
function accessState({ since, lastSignInAt }: NonNullable<PathwayDetail["traineeAccess"]>): string {
  const last = lastSignInAt ? `dernière connexion le ${formatDate(lastSignInAt)}` : "pas encore de connexion";
  return `Accès ouvert le ${formatDate(since)} — ${last}.`;
}

/**
 * Opens the trainee's own space: their account is created (or reactivated) and they receive a sign-in
 * link by e-mail. Once open, it says since when and sends a new link.
 */
export function TraineeAccessButton({ pathway }: { pathway: PathwayDetail }) {
  const queryClient = useQueryClient();
  const give = useMutation({
    mutationFn: () => api.post<TraineeAccess>(`/pathways/${pathway.id}/trainee-access`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [PATHWAYS_KEY, "detail", pathway.id] }),
  });
  const access = pathway.traineeAccess;
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        Le ou la stagiaire se connecte sans mot de passe, avec un lien reçu par e-mail
        {pathway.person.email ? ` (${pathway.person.email})` : ""}.
      </Text>
      {access && <Text size="sm">{accessState(access)}</Text>}
      <ErrorAlert error={give.error} title="Accès non donné" />
      {give.isSuccess && (
        <Alert role="status" color="region">
          Un e-mail avec un lien de connexion vient d'être envoyé à {give.data.email}.
        </Alert>
      )}
      <Button variant="light" onClick={() => give.mutate()} loading={give.isPending}>
        {access ? "Renvoyer un lien de connexion" : "Donner accès à son espace"}
      </Button>
    </Stack>
  );
}
