import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { UserSummary } from "../../../../src/domains/accounts/accounts.schemas";
import { ApiError } from "../../api/client";
import { useSession } from "../../api/session";
import { useResendInvitation, useSetUserActive } from "./users-api";

function notifyFailure(error: Error) {
  notifications.show({
    color: "red",
    title: "Action impossible",
    message: error instanceof ApiError ? error.message : "Une erreur inattendue est survenue.",
  });
}

/**
 * Deactivate or reactivate an account, resend a pending invitation. Not on one's own account.
 * "Désactiver" is outlined in dark red: Mantine's light red button falls below AA contrast on hover.
 */
export function UserActions({ user }: { user: UserSummary }) {
  const actorId = useSession().data?.user?.id;
  const setActive = useSetUserActive();
  const resend = useResendInvitation();
  if (user.id === actorId) return null;
  const name = user.displayName;

  return (
    <Group gap="xs" wrap="nowrap">
      {user.active && user.invitationPending && (
        <Button
          size="compact-sm"
          variant="light"
          loading={resend.isPending}
          aria-label={`Renvoyer l'invitation à ${name}`}
          onClick={() =>
            resend.mutate(user.id, {
              onSuccess: () =>
                notifications.show({
                  title: "Invitation renvoyée",
                  message: `Un nouvel e-mail a été envoyé à ${user.email}.`,
                }),
              onError: notifyFailure,
            })
          }
        >
          Renvoyer l'invitation
        </Button>
      )}
      <Button
        size="compact-sm"
        variant={user.active ? "outline" : "light"}
        color={user.active ? "red.9" : "region"}
        loading={setActive.isPending}
        aria-label={`${user.active ? "Désactiver" : "Réactiver"} le compte de ${name}`}
        onClick={() => setActive.mutate({ id: user.id, active: !user.active }, { onError: notifyFailure })}
      >
        {user.active ? "Désactiver" : "Réactiver"}
      </Button>
    </Group>
  );
}
