import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BarrierActionBody,
  BarrierActionChangeBody,
  BarrierBody,
  BarrierChangeBody,
  BarrierList,
} from "../../../../src/domains/barriers/barriers.schemas";
import { api } from "../../api/client";
import { PATHWAYS_KEY } from "../pathways/pathways-api";

export type {
  BarrierActionItem,
  BarrierItem,
  BarrierList,
} from "../../../../src/domains/barriers/barriers.schemas";

const barriersKey = (pathwayId: string) => [PATHWAYS_KEY, "barriers", pathwayId];

/** A pathway's barriers as the API lets the user see them (health and justice details only if allowed). */
export function useBarriers(pathwayId: string) {
  return useQuery({
    queryKey: barriersKey(pathwayId),
    queryFn: () => api.get<BarrierList>(`/pathways/${pathwayId}/barriers`),
  });
}

/** Every change answers with the pathway's barriers: they replace the list shown. */
function useBarrierChange<Input>(pathwayId: string, send: (input: Input) => Promise<BarrierList>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (list) => queryClient.setQueryData(barriersKey(pathwayId), list),
  });
}

export const useAddBarrier = (pathwayId: string) =>
  useBarrierChange(pathwayId, (input: Partial<BarrierBody>) =>
    api.post<BarrierList>(`/pathways/${pathwayId}/barriers`, input),
  );

export const useChangeBarrier = (pathwayId: string, barrierId: string) =>
  useBarrierChange(pathwayId, (input: Partial<BarrierChangeBody>) =>
    api.patch<BarrierList>(`/barriers/${barrierId}`, input),
  );

export const useAddBarrierAction = (pathwayId: string, barrierId: string) =>
  useBarrierChange(pathwayId, (input: Partial<BarrierActionBody>) =>
    api.post<BarrierList>(`/barriers/${barrierId}/actions`, input),
  );

export const useChangeBarrierAction = (pathwayId: string, actionId: string) =>
  useBarrierChange(pathwayId, (input: Partial<BarrierActionChangeBody>) =>
    api.patch<BarrierList>(`/barrier-actions/${actionId}`, input),
  );
