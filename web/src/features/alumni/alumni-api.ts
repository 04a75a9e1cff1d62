import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AmbassadorList,
  AmbassadorSessionList,
  InvitationCreated,
  InvitationResponse,
  MyAmbassadorship,
} from "../../../../src/domains/alumni/alumni.schemas";
import { api } from "../../api/client";

export type { AmbassadorItem, AmbassadorSession } from "../../../../src/domains/alumni/alumni.schemas";
export type { InvitationResponse, MyAmbassadorship };

/** Every query about ambassadors starts with this key: a change refreshes them all. */
const ALUMNI_KEY = "alumni";

export const useMyAmbassadorship = () =>
  useQuery({
    queryKey: [ALUMNI_KEY, "mine"],
    queryFn: () => api.get<MyAmbassadorship>("/me/ambassador"),
  });

function useMyMutation<Input>(send: (input: Input) => Promise<MyAmbassadorship>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => queryClient.setQueryData([ALUMNI_KEY, "mine"], data),
  });
}

export const useOptIn = () =>
  useMyMutation((message: string) => api.put<MyAmbassadorship>("/me/ambassador", { message }));
export const useWithdraw = () => useMyMutation(() => api.delete<MyAmbassadorship>("/me/ambassador"));
export const useAnswerInvitation = () =>
  useMyMutation((input: { id: string; response: InvitationResponse }) =>
    api.put<MyAmbassadorship>(`/me/ambassador/invitations/${input.id}`, { response: input.response }),
  );

export const useAmbassadors = () =>
  useQuery({
    queryKey: [ALUMNI_KEY, "list"],
    queryFn: () => api.get<AmbassadorList>("/ambassadors"),
  });

export const useAmbassadorSessions = (enabled = true) =>
  useQuery({
    queryKey: [ALUMNI_KEY, "sessions"],
    queryFn: () => api.get<AmbassadorSessionList>("/ambassadors/information-sessions"),
    enabled,
  });

export function useInviteAmbassador() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ambassadorId: string; informationSessionId: string }) =>
      api.post<InvitationCreated>(`/ambassadors/${input.ambassadorId}/invitations`, {
        informationSessionId: input.informationSessionId,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ALUMNI_KEY] }),
  });
}
