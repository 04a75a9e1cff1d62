import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  EntryProfile,
  ExitBody,
  ExitDefaults,
  ExitView,
} from "../../../../src/domains/exits/exits.schemas";
import { api } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type { EntryProfile, ExitBody, ExitView };

/** What the exit form starts from: the next step agreed at the tripartite interview, if held. */
export function useExitDefaults(pathwayId: string, enabled: boolean) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "exit-defaults", pathwayId],
    queryFn: () => api.get<ExitDefaults>(`/pathways/${pathwayId}/exit/defaults`),
    enabled,
  });
}

/** A change to the exit or the profile refreshes every pathway query (detail, list, occupancy). */
function usePathwayChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [PATHWAYS_KEY] }),
  });
}

export const useSaveEntryProfile = (pathwayId: string) =>
  usePathwayChange((input: EntryProfile) =>
    api.put<EntryProfile>(`/pathways/${pathwayId}/entry-profile`, input),
  );

export const useRecordExit = (pathwayId: string) =>
  usePathwayChange((input: ExitBody) => api.post<ExitView>(`/pathways/${pathwayId}/exit`, input));

export const certificateUrl = (pathwayId: string) =>
  `/api/pathways/${pathwayId}/end-of-training-certificate.pdf`;
