import { Anchor, Button, Divider, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSignIn } from "../../api/session";
import { RETURN_TO_PARAM } from "../../app/RouteGate";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageTitle } from "../../ui/PageTitle";
import { DemoAccounts } from "./DemoAccounts";
import { SignInLinkRequest } from "./SignInLinkRequest";
import { emailValidator } from "./validators";

/** In the address, the trainees' way in: a sign-in link by e-mail instead of a password. */
const TRAINEE_PARAM = "stagiaire";

export default function LoginPage() {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const traineeWay = searchParams.has(TRAINEE_PARAM);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: emailValidator,
      password: (value) => (value ? null : "Saisissez votre mot de passe."),
    },
  });

  const leaveTraineeWay = () =>
    setSearchParams((params) => {
      params.delete(TRAINEE_PARAM);
      return params;
    });
  const submit = form.onSubmit((values) =>
    signIn.mutate(values, { onSuccess: () => navigate(returnPath(searchParams.get(RETURN_TO_PARAM))) }),
  );

  return (
    <>
      <NarrowColumn>
        <PageTitle>Connexion</PageTitle>
        {traineeWay ? (
          <Stack>
            <Title order={2} size="h3">
              Vous êtes stagiaire ?
            </Title>
            <SignInLinkRequest />
            <Anchor component="button" type="button" onClick={leaveTraineeWay} size="sm">
              Se connecter avec un mot de passe
            </Anchor>
          </Stack>
        ) : (
          <>
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
            <Divider my="lg" label="ou" labelPosition="center" />
            <Button
              variant="light"
              size="md"
              fullWidth
              onClick={() =>
                setSearchParams((params) => {
                  params.set(TRAINEE_PARAM, "1");
                  return params;
                })
              }
              styles={{ label: { whiteSpace: "normal" } }}
              h="auto"
              py="xs"
            >
              Vous êtes stagiaire ? Recevez un lien de connexion par e-mail
            </Button>
          </>
        )}
        <Anchor component={Link} to="/decouvrir" display="inline-block" mt="lg" py={4}>
          Vous cherchez une formation ? Découvrir Amorce de Parcours
        </Anchor>
      </NarrowColumn>
      <DemoAccounts
        onChoose={(email, password) => {
          leaveTraineeWay();
          form.setValues({ email, password });
        }}
      />
    </>
  );
}

/** Only a path inside Amorce: never send a user to another site after signing in. */
function returnPath(requested: string | null): string {
  return requested?.startsWith("/") && !requested.startsWith("//") ? requested : "/";
}
