import { useMutation, useQuery } from "@tanstack/react-query";
import type { Role } from "../../../src/domains/accounts/roles";
import type { OrganisationKind } from "../../../src/domains/territory/territory.vocabulary";
import { api, queryClient, SESSION_QUERY_KEY } from "./client";

/** The signed-in user, as `GET /api/auth/session` describes them. */
export type Me = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; code: string; name: string; kind: OrganisationKind } | null;
  lotIds: string[];
};

export type Session = { user: Me | null; csrfToken: string | null };

export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: () => api.get<Session>("/auth/session"),
    staleTime: 5 * 60_000,
  });
}

/** Records a fresh session (after signing in or accepting an invitation): everything else is refetched. */
export function startSession(session: { user: Me; csrfToken: string }) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  queryClient.setQueryData<Session>(SESSION_QUERY_KEY, session);
}

export function useSignIn() {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api.post<{ user: Me; csrfToken: string }>("/auth/login", credentials),
    onSuccess: startSession,
  });
}

export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post<unknown>("/auth/logout"),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, { user: null, csrfToken: null });
    },
  });
}
