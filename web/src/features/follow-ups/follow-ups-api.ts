import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CallListEntry,
  FollowUpAnswers,
  FollowUpLinkAnswer,
  FollowUpQuestionnaire,
  FollowUpView,
  ResponseRateRow,
} from "../../../../src/domains/follow-ups/follow-ups.schemas";
import { api } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { CallListEntry, FollowUpAnswers, FollowUpView, ResponseRateRow };

const FOLLOW_UPS_KEY = "follow-ups";
const questionnairePath = (token: string) => `/follow-ups/answer/${encodeURIComponent(token)}`;

export function useQuestionnaire(token: string) {
  return useQuery({
    queryKey: [FOLLOW_UPS_KEY, "questionnaire", token],
    queryFn: () => api.get<FollowUpQuestionnaire>(questionnairePath(token)),
  });
}

export const useAnswerQuestionnaire = (token: string) =>
  useMutation({ mutationFn: (body: FollowUpLinkAnswer) => api.post<null>(questionnairePath(token), body) });

export const useCallList = (enabled: boolean) =>
  useQuery({
    queryKey: [FOLLOW_UPS_KEY, "call-list"],
    queryFn: () => api.get<{ items: CallListEntry[] }>("/follow-ups/call-list"),
    enabled,
  });

export const useResponseRates = () =>
  useQuery({
    queryKey: [FOLLOW_UPS_KEY, "response-rates"],
    queryFn: () => api.get<{ items: ResponseRateRow[] }>("/follow-ups/response-rates"),
  });

export const usePathwayFollowUps = (pathwayId: string) =>
  useQuery({
    queryKey: [PATHWAYS_KEY, FOLLOW_UPS_KEY, pathwayId],
    queryFn: () => api.get<{ items: FollowUpView[] }>(`/pathways/${pathwayId}/follow-ups`),
  });

/** A phone answer or a call attempt: the call list, the rates and the pathway's tab are read again. */
function useCallChange<Input>(send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [FOLLOW_UPS_KEY] });
      await queryClient.invalidateQueries({ queryKey: [PATHWAYS_KEY, FOLLOW_UPS_KEY] });
    },
  });
}

export const usePhoneAnswer = (id: string) =>
  useCallChange((answers: FollowUpAnswers) => api.post<null>(`/follow-ups/${id}/phone-answer`, answers));

export const useCallAttempt = () =>
  useCallChange((id: string) => api.post<null>(`/follow-ups/${id}/call-attempts`, {}));
