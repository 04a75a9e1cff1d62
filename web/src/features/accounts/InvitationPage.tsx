import { Button, Stack, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import type { Invitation, SignedIn } from "../../../../src/domains/accounts/accounts.schemas";
import { api } from "../../api/client";
import { startSession } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "./MissingToken";
import { NewPasswordFields } from "./NewPasswordFields";
import { useNewPasswordForm } from "./use-new-password-form";

export default function InvitationPage() {
  const token = useSearchParams()[0].get("jeton");
  return (
    <NarrowColumn>
      <PageTitle>Invitation</PageTitle>
      {token ? <AcceptInvitation token={token} /> : <MissingToken />}
    </NarrowColumn>
  );
}

function AcceptInvitation({ token }: { token: string }) {
  const navigate = useNavigate();
  const form = useNewPasswordForm();
  const invitation = useQuery({
    queryKey: ["invitation", token],
    queryFn: () => api.get<Invitation>(`/auth/invitations/${encodeURIComponent(token)}`),
  });
  const accept = useMutation({
    mutationFn: (password: string) => api.post<SignedIn>("/auth/invitations/accept", { token, password }),
    onSuccess: (session) => {
      startSession(session);
      navigate("/");
    },
  });

  if (invitation.isPending) return <PageLoader />;
  if (invitation.isError) return <ErrorAlert error={invitation.error} title="Invitation invalide" />;
  const { displayName, email, roleLabel, organisationName } = invitation.data;
  return (
    <>
      <Text mb="xs">
        Bonjour {displayName}, vous êtes invité·e à rejoindre Amorce en tant que <strong>{roleLabel}</strong>
        {organisationName ? ` (${organisationName})` : ""}.
      </Text>
      <Text mb="md">
        Votre identifiant est <strong>{email}</strong>. Choisissez votre mot de passe pour activer votre
        compte.
      </Text>
      <ErrorAlert error={accept.error} />
      <form onSubmit={form.onSubmit((values) => accept.mutate(values.password))} noValidate>
        <Stack>
          <NewPasswordFields form={form} />
          <Button type="submit" loading={accept.isPending}>
            Activer mon compte
          </Button>
        </Stack>
      </form>
    </>
  );
}
