import { useMutation, useQuery } from "@tanstack/react-query";
import type { Me, SignedIn } from "../../../src/domains/accounts/accounts.schemas";
import { api, queryClient, SESSION_QUERY_KEY } from "./client";

export type { Me };

export type Session = { user: Me | null; csrfToken: string | null };

export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: () => api.get<Session>("/auth/session"),
    staleTime: 5 * 60_000,
  });
}

/** Records a fresh session, after signing in or accepting an invitation (signing out cleared the cache). */
export function startSession(session: SignedIn) {
  queryClient.setQueryData<Session>(SESSION_QUERY_KEY, session);
}

export function useSignIn() {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      api.post<SignedIn>("/auth/login", credentials),
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
