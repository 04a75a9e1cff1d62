import { Anchor, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { SignedIn } from "../../../../src/domains/accounts/accounts.schemas";
import { api } from "../../api/client";
import { startSession } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "./MissingToken";

/** Where a trainee's e-mailed sign-in link leads: the link is used up and they land in their space. */
export default function SignInLinkPage() {
  const token = useSearchParams()[0].get("jeton");
  const navigate = useNavigate();
  const consume = useMutation({
    mutationFn: (value: string) => api.post<SignedIn>("/auth/sign-in-link/consume", { token: value }),
    onSuccess: (session) => {
      startSession(session);
      navigate("/", { replace: true });
    },
  });
  const { mutate } = consume;
  // The link serves once: never send it twice, even when React runs the effect twice in development.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    mutate(token);
  }, [token, mutate]);

  return (
    <NarrowColumn>
      <PageTitle>Connexion</PageTitle>
      {!token && <MissingToken />}
      {consume.isPending && (
        <>
          <Text size="lg">Ouverture de votre espace…</Text>
          <PageLoader />
        </>
      )}
      <ErrorAlert error={consume.error} title="Lien inutilisable" />
      {(consume.isError || !token) && (
        <Anchor component={Link} to="/connexion?stagiaire=1" size="lg">
          Recevoir un nouveau lien de connexion
        </Anchor>
      )}
    </NarrowColumn>
  );
}
