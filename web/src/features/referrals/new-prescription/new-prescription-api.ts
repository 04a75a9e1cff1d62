import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { PersonMatch, prescriptionBody } from "../../../../../src/domains/referrals/referrals.schemas";
import { api } from "../../../api/client";
import type { PersonQuery } from "./prescription-form";

export type { PersonMatch };
export type Referent = { id: string; displayName: string };

/** The referral lists and details of the « Mes prescriptions » pages, refreshed after a change here. */
const REFERRAL_KEYS = [["referrals"], ["referral"]] as const;

/** The people Amorce already knows under this identity (`null`: not searched yet). */
export function usePersonSearch(query: PersonQuery | null) {
  return useQuery({
    queryKey: ["people-search", query],
    queryFn: () => api.get<{ items: PersonMatch[] }>("/people/search", query ?? {}),
    select: (data) => data.items,
    enabled: query !== null,
    staleTime: 0,
  });
}

/** The prescribers of the signed-in user's organisation who may be named referent. */
export function useReferents() {
  return useQuery({
    queryKey: ["referents"],
    queryFn: () => api.get<{ items: Referent[] }>("/referents"),
    select: (data) => data.items,
  });
}

function useReferralMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all(REFERRAL_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export const useSendPrescription = () =>
  useReferralMutation((body: z.input<typeof prescriptionBody>) =>
    api.post<{ id: string; personExisted: boolean }>("/referrals", body),
  );

/** Confirms a self-referral nobody confirmed yet: the signed-in user's organisation follows it. */
export const useConfirmSelfReferral = () =>
  useReferralMutation(({ id, referentUserId }: { id: string; referentUserId: string | null }) =>
    api.post<{ id: string }>(`/referrals/${id}/confirm`, { referentUserId }),
  );
