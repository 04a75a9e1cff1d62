import { useQuery } from "@tanstack/react-query";
import type { ReferralStatistics } from "../../../../src/domains/referral-statistics/referral-statistics.schemas";
import { api } from "../../api/client";

export type { ReferralStatistics };
export type StatisticsFilters = {
  /** Paris calendar days, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  lotId: string | null;
};

/** Referral volumes of a period by network, site and basin; the previous answer stays while filters change. */
export function useReferralStatistics(filters: StatisticsFilters) {
  return useQuery({
    queryKey: ["referral-statistics", filters],
    queryFn: () => api.get<ReferralStatistics>("/referral-statistics", filters),
    placeholderData: (previous) => previous,
  });
}
