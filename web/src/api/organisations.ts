import { useQuery } from "@tanstack/react-query";
import type { OrganisationKind } from "../../../src/domains/territory/territory.vocabulary";
import { api } from "./client";

/** An organisation of the programme, as `GET /api/organisations` lists it. */
export type OrganisationSummary = { id: string; code: string; name: string; kind: OrganisationKind };

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: ["organisations"],
    queryFn: () => api.get<{ items: OrganisationSummary[] }>("/organisations"),
    select: (data) => data.items,
    enabled,
  });
}
