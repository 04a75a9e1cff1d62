import { useQuery } from "@tanstack/react-query";
import type {
  PathwayDetail,
  PathwayList,
  PathwayState,
  PathwaySummary,
} from "../../../../src/domains/pathways/pathways.schemas";
import { api } from "../../api/client";

export type { PathwayDetail, PathwaySummary };

/** Every query about pathways starts with this key: a change to a pathway refreshes them all. */
export const PATHWAYS_KEY = "pathways";

export type PathwayFilters = { state: PathwayState | null; q: string; siteId: string | null };

export function usePathways(filters: PathwayFilters, page: number) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "list", filters, page],
    queryFn: () =>
      api.get<PathwayList>("/pathways", {
        state: filters.state,
        q: filters.q.trim(),
        siteId: filters.siteId,
        page,
      }),
    placeholderData: (previous) => previous,
  });
}

export function usePathway(id: string | undefined) {
  return useQuery({
    queryKey: [PATHWAYS_KEY, "detail", id],
    queryFn: () => api.get<PathwayDetail>(`/pathways/${id}`),
    enabled: id !== undefined,
  });
}
