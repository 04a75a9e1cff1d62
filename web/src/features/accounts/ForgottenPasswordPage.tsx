import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { api } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageTitle } from "../../ui/PageTitle";
import { emailValidator } from "./validators";

export default function ForgottenPasswordPage() {
  const request = useMutation({
    mutationFn: (values: { email: string }) => api.post<unknown>("/auth/password-reset/request", values),
  });
  const form = useForm({ initialValues: { email: "" }, validate: { email: emailValidator } });

  return (
    <NarrowColumn>
      <PageTitle>Mot de passe oublié</PageTitle>
      {request.isSuccess ? (
        <Alert role="status" color="region" title="Demande enregistrée" mb="md">
          Si un compte Amorce correspond à cette adresse, un e-mail vient d'y être envoyé avec un lien pour
          choisir un nouveau mot de passe. Pensez à regarder dans vos courriers indésirables.
        </Alert>
      ) : (
        <>
          <Text mb="md">
            Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau
            mot de passe.
          </Text>
          <ErrorAlert error={request.error} />
          <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
            <Stack>
              <TextInput
                label="Adresse e-mail"
                type="email"
                autoComplete="email"
                required
                withAsterisk={false}
                {...form.getInputProps("email")}
              />
              <Button type="submit" loading={request.isPending}>
                Recevoir le lien
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/connexion" size="sm" mt="md" display="inline-block">
        Revenir à la connexion
      </Anchor>
    </NarrowColumn>
  );
}
