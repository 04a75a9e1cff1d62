import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  InformationSessionBody,
  InformationSessionItem,
  SiteOffer,
  SiteOfferBody,
} from "../../../../../src/domains/public-offer/public-offer.schemas";
import { api } from "../../../api/client";

export type { InformationSessionItem, SiteOffer };

const offerKey = (siteId: string) => ["site-offer", siteId];
const sessionsKey = (siteId: string) => ["site-offer", siteId, "information-sessions"];

/** What the site tells the public, and whether the signed-in user may change it. */
export const useSiteOffer = (siteId: string) =>
  useQuery({ queryKey: offerKey(siteId), queryFn: () => api.get<SiteOffer>(`/sites/${siteId}/offer`) });

export function useSaveSiteOffer(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteOfferBody) => api.put<SiteOffer>(`/sites/${siteId}/offer`, body),
    onSuccess: (saved) => queryClient.setQueryData(offerKey(siteId), saved),
  });
}

export const useInformationSessions = (siteId: string) =>
  useQuery({
    queryKey: sessionsKey(siteId),
    queryFn: () => api.get<{ items: InformationSessionItem[] }>(`/sites/${siteId}/information-sessions`),
    select: (data) => data.items,
  });

function useSessionsMutation<Input>(siteId: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey(siteId) }),
  });
}

export const useAddInformationSession = (siteId: string) =>
  useSessionsMutation(siteId, (body: InformationSessionBody) =>
    api.post<InformationSessionItem>(`/sites/${siteId}/information-sessions`, body),
  );

export const useRemoveInformationSession = (siteId: string) =>
  useSessionsMutation(siteId, (sessionId: string) =>
    api.delete<null>(`/sites/${siteId}/information-sessions/${sessionId}`),
  );
