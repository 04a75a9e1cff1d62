import { useQuery } from "@tanstack/react-query";
import type { IndicatorFilters } from "../../../../src/domains/indicators/indicator-filters";
import type { Dashboard } from "../../../../src/domains/indicators/indicators.schemas";
import { api } from "../../api/client";

export type { Dashboard };

/** The caller's dashboard for `filters`; the previous answer stays on screen while the filters change. */
export function useDashboard(filters: IndicatorFilters) {
  return useQuery({
    queryKey: ["indicators", "dashboard", filters],
    queryFn: () => api.get<Dashboard>("/indicators/dashboard", filters),
    placeholderData: (previous) => previous,
  });
}
