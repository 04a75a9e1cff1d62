import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type {
  NearbySites,
  PublicCommuneItem,
  PublicSite,
} from "../../../../src/domains/public-offer/public-offer.schemas";
import type {
  SelfReferralBody,
  SelfReferralReceipt,
} from "../../../../src/domains/referrals/referrals.schemas";
import { api } from "../../api/client";

export type { NearbySites, PublicCommuneItem, PublicSite, SelfReferralReceipt };

const PUBLIC_KEY = "public-offer";

/** Communes whose name or postal code starts with `q` (at least 2 characters). */
export function usePublicCommunes(q: string) {
  const search = q.trim();
  return useQuery({
    queryKey: [PUBLIC_KEY, "communes", search],
    queryFn: () => api.get<{ items: PublicCommuneItem[] }>("/public/communes", { q: search }),
    select: (data) => data.items,
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where the public searches from: a commune (INSEE code) or a postal code. */
export type SiteSearch = { commune: string } | { postalCode: string };

export function useNearbySites(search: SiteSearch | null) {
  return useQuery({
    queryKey: [PUBLIC_KEY, "sites", search],
    queryFn: () => api.get<NearbySites>("/public/sites", search ?? {}),
    enabled: search !== null,
  });
}

export function usePublicSite(id: string | null) {
  return useQuery({
    queryKey: [PUBLIC_KEY, "site", id],
    queryFn: () => api.get<PublicSite>(`/public/sites/${id}`),
    enabled: id !== null,
  });
}

/** Sends a self-referral (auto-positionnement); answered with its reference. */
export function useSendSelfReferral() {
  return useMutation({
    mutationFn: (body: SelfReferralBody) => api.post<SelfReferralReceipt>("/public/self-referrals", body),
  });
}
