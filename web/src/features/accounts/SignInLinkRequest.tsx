import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { emailValidator } from "./validators";

/** The trainees' way in, without a password: a sign-in link sent to their e-mail address. */
export function SignInLinkRequest() {
  const request = useMutation({
    mutationFn: (values: { email: string }) => api.post<unknown>("/auth/sign-in-link", values),
  });
  const form = useForm({ initialValues: { email: "" }, validate: { email: emailValidator } });

  if (request.isSuccess) {
    return (
      <Alert role="status" color="region" title="Lien demandé">
        Si un espace existe pour cette adresse, un e-mail vient de vous être envoyé. Ouvrez le lien qu'il
        contient dans les 30 minutes. Pensez à regarder dans vos courriers indésirables.
      </Alert>
    );
  }
  return (
    <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
      <Stack>
        <Text size="lg">
          Pas besoin de mot de passe : saisissez l'adresse e-mail donnée à votre organisme de formation, nous
          vous envoyons un lien pour entrer dans votre espace.
        </Text>
        <ErrorAlert error={request.error} />
        <TextInput
          label="Votre adresse e-mail"
          type="email"
          autoComplete="email"
          inputMode="email"
          size="md"
          required
          withAsterisk={false}
          {...form.getInputProps("email")}
        />
        <Button type="submit" size="md" loading={request.isPending}>
          Recevoir le lien
        </Button>
      </Stack>
    </form>
  );
}
