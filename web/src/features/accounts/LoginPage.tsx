import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSignIn } from "../../api/session";
import { RETURN_TO_PARAM } from "../../app/RouteGate";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageTitle } from "../../ui/PageTitle";
import { DemoAccounts } from "./DemoAccounts";
import { emailValidator } from "./validators";

export default function LoginPage() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: emailValidator,
      password: (value) => (value ? null : "Saisissez votre mot de passe."),
    },
  });

  const submit = form.onSubmit((values) =>
    signIn.mutate(values, { onSuccess: () => navigate(returnPath(searchParams.get(RETURN_TO_PARAM))) }),
  );

  return (
    <>
      <NarrowColumn>
        <PageTitle>Connexion</PageTitle>
        <ErrorAlert error={signIn.error} title="Connexion impossible" />
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Adresse e-mail"
              type="email"
              autoComplete="username"
              required
              withAsterisk={false}
              {...form.getInputProps("email")}
            />
            <PasswordInput
              label="Mot de passe"
              autoComplete="current-password"
              required
              withAsterisk={false}
              {...form.getInputProps("password")}
              aria-invalid={form.errors.password ? true : undefined}
            />
            <Button type="submit" loading={signIn.isPending}>
              Se connecter
            </Button>
            <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
              Mot de passe oublié ?
            </Anchor>
          </Stack>
        </form>
        <Anchor component={Link} to="/decouvrir" display="inline-block" mt="lg" py={4}>
          Vous cherchez une formation ? Découvrir Amorce de Parcours
        </Anchor>
      </NarrowColumn>
      <DemoAccounts onChoose={(email, password) => form.setValues({ email, password })} />
    </>
  );
}

/** Only a path inside Amorce: never send a user to another site after signing in. */
function returnPath(requested: string | null): string {
  return requested?.startsWith("/") && !requested.startsWith("//") ? requested : "/";
}
