import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BasinBody,
  BasinItem,
  CommuneItem,
  ImportResult,
  LotBody,
  LotItem,
  OrganisationBody,
  OrganisationItem,
  SiteBody,
  SiteItem,
} from "../../../../src/domains/territory/territory.schemas";
import type { OrganisationKind } from "../../../../src/domains/territory/territory.vocabulary";
import { api } from "../../api/client";

export type { BasinItem, CommuneItem, LotItem, OrganisationItem, SiteItem };

/** Every territory query starts with this key: a change anywhere refreshes them all. */
const TERRITORY_KEY = "territory";
type Items<T> = { items: T[] };

function useList<T>(
  resource: string,
  params: Record<string, string | boolean | undefined> = {},
  enabled = true,
) {
  return useQuery({
    queryKey: [TERRITORY_KEY, resource, params],
    queryFn: () => api.get<Items<T>>(`/${resource}`, params),
    select: (data) => data.items,
    enabled,
  });
}

function useOne<T>(resource: string, id: string | undefined) {
  return useQuery({
    queryKey: [TERRITORY_KEY, resource, id],
    queryFn: () => api.get<T>(`/${resource}/${id}`),
    enabled: Boolean(id),
  });
}

export const useLots = () => useList<LotItem>("lots");
export const useLot = (id: string | undefined) => useOne<LotItem>("lots", id);
export const useBasins = () => useList<BasinItem>("basins");
export const useBasin = (id: string | undefined) => useOne<BasinItem>("basins", id);
export const useSites = (
  params: { lotId?: string; organisationId?: string; mine?: boolean } = {},
  enabled = true,
) => useList<SiteItem>("sites", params, enabled);
export const useSite = (id: string | undefined) => useOne<SiteItem>("sites", id);
export const useTerritoryOrganisations = (params: { kind?: OrganisationKind } = {}) =>
  useList<OrganisationItem>("organisations", params);
export const useOrganisation = (id: string | undefined) => useOne<OrganisationItem>("organisations", id);

/** Communes whose name, postal code or INSEE code matches `q` (the commune picker). */
export function useCommuneSearch(q: string) {
  return useQuery({
    queryKey: [TERRITORY_KEY, "communes", q],
    queryFn: () => api.get<Items<CommuneItem>>("/communes", { q, limit: 20 }),
    select: (data) => data.items,
    enabled: q.trim().length >= 2,
    placeholderData: (previous) => previous,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A change to the territory; every territory query (and the organisations list) is refreshed afterwards. */
function useTerritoryMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [TERRITORY_KEY] }),
        queryClient.invalidateQueries({ queryKey: ["organisations"] }),
      ]),
  });
}

/** Creates (`id` null) or updates a record of `resource`; resolves to the saved record. */
function useSave<Body, Item>(resource: string) {
  return useTerritoryMutation(({ id, body }: { id: string | null; body: Body }) =>
    id ? api.put<Item>(`/${resource}/${id}`, body) : api.post<Item>(`/${resource}`, body),
  );
}

export const useSaveLot = () => useSave<LotBody, LotItem>("lots");
export const useSaveBasin = () => useSave<BasinBody, BasinItem>("basins");
export const useSaveSite = () => useSave<SiteBody, SiteItem>("sites");
export const useSaveOrganisation = () => useSave<OrganisationBody, OrganisationItem>("organisations");

export const useImportTerritory = () =>
  useTerritoryMutation((file: unknown) => api.post<ImportResult>("/territory/import", file));

export const exportTerritory = () => api.get<unknown>("/territory/export");
