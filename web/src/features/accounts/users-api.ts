import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InviteUserInput, UserSummary } from "../../../../src/domains/accounts/accounts.schemas";
import type { Role } from "../../../../src/domains/accounts/roles";
import { api } from "../../api/client";

export type UserFilters = { q: string; role: Role | null; active: "true" | "false" | null };

const USERS_KEY = ["users"] as const;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...USERS_KEY, filters],
    queryFn: () => api.get<{ items: UserSummary[] }>("/users", filters),
    select: (data) => data.items,
    placeholderData: (previous) => previous,
  });
}

/** A change to one account; the list is refreshed afterwards. */
function useUserMutation<Input>(send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export const useInviteUser = () => useUserMutation((input: InviteUserInput) => api.post("/users", input));

export const useSetUserActive = () =>
  useUserMutation(({ id, active }: { id: string; active: boolean }) =>
    api.post(`/users/${id}/${active ? "reactivate" : "deactivate"}`),
  );

export const useResendInvitation = () => useUserMutation((id: string) => api.post(`/users/${id}/invitation`));
