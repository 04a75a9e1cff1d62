import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PathwayPlanView,
  PlanBodyInput,
  PlanVersionList,
  PlanVersionView,
} from "../../../../../src/domains/pathways/pathway-plan.schemas";
import { api } from "../../../api/client";
import { PATHWAYS_KEY } from "../pathways-api";

export type { PathwayPlanView, PlanVersionView };

export function usePathwayPlan(pathwayId: string) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "plan", pathwayId],
    queryFn: () => api.get<PathwayPlanView>(`/pathways/${pathwayId}/plan`),
  });
}

export function usePlanVersions(pathwayId: string) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "plan-versions", pathwayId],
    queryFn: () => api.get<PlanVersionList>(`/pathways/${pathwayId}/plan/versions`),
  });
}

export function usePlanVersion(pathwayId: string, version: number | null) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "plan-version", pathwayId, version],
    queryFn: () => api.get<PlanVersionView>(`/pathways/${pathwayId}/plan/versions/${version}`),
    enabled: version !== null,
  });
}

/** A new version as the editor sends it: its items as typed, read by the server's rules. */
export type PlanSave = Omit<PlanBodyInput, "items"> & { items: Record<string, unknown>[] };

/**
 * Saves a new version and says so (here: the editor is replaced by the new version's), then reads the
 * pathway (its planned end) and its plan again.
 */
export function useSavePlan(pathwayId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanSave) => api.put<PathwayPlanView>(`/pathways/${pathwayId}/plan`, body),
    onSuccess: (saved) => {
      notifications.show({
        color: saved.plan?.valid ? "green" : "orange",
        title: `Plan enregistré : version ${saved.plan?.version}`,
        message: saved.plan?.valid
          ? "Le plan respecte les règles du programme."
          : "Enregistré comme brouillon : il ne respecte pas encore les règles du programme.",
      });
      return queryClient.invalidateQueries({ queryKey: [PATHWAYS_KEY] });
    },
  });
}
