import { Alert, Anchor, Button, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "./MissingToken";
import { NewPasswordFields } from "./NewPasswordFields";
import { useNewPasswordForm } from "./use-new-password-form";

export default function ResetPasswordPage() {
  const token = useSearchParams()[0].get("jeton");
  const form = useNewPasswordForm();
  const confirm = useMutation({
    mutationFn: (password: string) => api.post<unknown>("/auth/password-reset/confirm", { token, password }),
  });

  return (
    <NarrowColumn>
      <PageTitle>Nouveau mot de passe</PageTitle>
      {!token ? (
        <MissingToken />
      ) : confirm.isSuccess ? (
        <Alert role="status" color="region" title="Mot de passe modifié" mb="md">
          Votre nouveau mot de passe est enregistré. Vous pouvez maintenant vous connecter.
        </Alert>
      ) : (
        <>
          <ErrorAlert error={confirm.error} />
          <form onSubmit={form.onSubmit((values) => confirm.mutate(values.password))} noValidate>
            <Stack>
              <NewPasswordFields form={form} />
              <Button type="submit" loading={confirm.isPending}>
                Enregistrer le mot de passe
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/connexion" size="sm" mt="md" display="inline-block">
        Aller à la connexion
      </Anchor>
    </NarrowColumn>
  );
}
