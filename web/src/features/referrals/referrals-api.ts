import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PublicSite } from "../../../../src/domains/public-offer/public-offer.schemas";
import type { ReferralStatus } from "../../../../src/domains/referrals/referral-status";
import type { ReferralKind } from "../../../../src/domains/referrals/referral-vocabulary";
import type {
  ReferralDetail,
  ReferralSummary,
  TransitionBody,
} from "../../../../src/domains/referrals/referrals.schemas";
import { api } from "../../api/client";

export type { ReferralDetail, ReferralSummary };

/** Lists, waiting lists and a site's free places: refreshed after every change to a referral. */
const LISTS_KEY = "referrals";
/** One referral's detail: replaced by the answer of each change. */
const DETAIL_KEY = "referral";

export type ReferralFilters = {
  status: ReferralStatus | null;
  kind: ReferralKind | null;
  q: string;
  unanswered: boolean;
};

/** Where a list looks: one site's inbox, the referrals made to a lot whose site is still to choose, or all. */
export type ReferralScope = { siteId?: string; unassigned?: boolean };

export type ReferralPage = { items: ReferralSummary[]; total: number; page: number; pageSize: number };

export function useReferrals(scope: ReferralScope, filters: ReferralFilters, page: number, enabled = true) {
  return useQuery({
    queryKey: [LISTS_KEY, "list", scope, filters, page],
    queryFn: () =>
      api.get<ReferralPage>("/referrals", {
        siteId: scope.siteId,
        unassigned: scope.unassigned,
        status: filters.status,
        kind: filters.kind,
        q: filters.q.trim(),
        unanswered: filters.unanswered || undefined,
        page,
      }),
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** A site's waiting list, first come first (its position is computed by the API). */
export function useWaitingList(siteId: string | null) {
  return useQuery({
    queryKey: [LISTS_KEY, "waiting-list", siteId],
    queryFn: () => api.get<ReferralPage>("/referrals", { siteId, status: "waiting_list" }),
    select: (data) => ({
      total: data.total,
      items: data.items.toSorted((a, b) => (a.waitingListPosition ?? 0) - (b.waitingListPosition ?? 0)),
    }),
    enabled: siteId !== null,
  });
}

/** A site's free places now (capacity − trainees present − people accepted), as the public offer counts them. */
export function useFreePlaces(siteId: string | null) {
  return useQuery({
    queryKey: [LISTS_KEY, "free-places", siteId],
    queryFn: () => api.get<PublicSite>(`/public/sites/${siteId}`),
    select: (site) => ({ capacity: site.capacity, freePlaces: site.freePlaces }),
    enabled: siteId !== null,
    retry: false,
  });
}

export function useReferral(id: string | undefined) {
  return useQuery({
    queryKey: [DETAIL_KEY, id],
    queryFn: () => api.get<ReferralDetail>(`/referrals/${id}`),
    enabled: Boolean(id),
  });
}

/** A change to a referral: its detail is replaced by the API's answer, and every list refreshed. */
function useReferralChange<Input>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => api.post<ReferralDetail>(`/referrals/${id}/${path}`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData([DETAIL_KEY, id], detail);
      return queryClient.invalidateQueries({ queryKey: [LISTS_KEY] });
    },
  });
}

export type TransitionInput = Partial<TransitionBody> & Pick<TransitionBody, "to">;

export const useChangeStatus = (id: string) => useReferralChange<TransitionInput>(id, "transitions");

export const useAssignSite = (id: string) => useReferralChange<{ siteId: string }>(id, "site");
