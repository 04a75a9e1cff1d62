import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  InterviewOverview,
  RecordInterviewBody,
  ScheduleInterviewBody,
  TripartiteInterview,
} from "../../../../src/domains/tripartite-interviews/tripartite-interviews.schemas";
import { api } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { InterviewOverview, TripartiteInterview };

const interviewKey = (pathwayId: string) => [PATHWAYS_KEY, "tripartite-interview", pathwayId];

export function useInterview(pathwayId: string) {
  return useQuery({
    queryKey: interviewKey(pathwayId),
    queryFn: () => api.get<TripartiteInterview>(`/pathways/${pathwayId}/tripartite-interview`),
  });
}

function useInterviewChange<Input>(pathwayId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) =>
      api.put<TripartiteInterview>(`/pathways/${pathwayId}/tripartite-interview/${path}`, input),
    onSuccess: (interview) => queryClient.setQueryData(interviewKey(pathwayId), interview),
  });
}

export const useScheduleInterview = (pathwayId: string) =>
  useInterviewChange<ScheduleInterviewBody>(pathwayId, "schedule");

export const useRecordInterview = (pathwayId: string) =>
  useInterviewChange<RecordInterviewBody>(pathwayId, "record");

export function useInterviewOverview(lotId: string | null) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "tripartite-interviews", lotId],
    queryFn: () =>
      api.get<InterviewOverview>(`/tripartite-interviews/overview${lotId ? `?lotId=${lotId}` : ""}`),
  });
}
