import { useQuery } from "@tanstack/react-query";
import { api } from "./client";

/** The Region's identity, configured on the server. */
export type Branding = { regionName: string; primaryColor: string; logoUrl: string | null };

export function useBranding() {
  return useQuery({
    queryKey: ["branding"],
    queryFn: () => api.get<Branding>("/branding"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
