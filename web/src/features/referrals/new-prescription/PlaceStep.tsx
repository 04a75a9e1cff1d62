import { Radio, Select, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type LotItem, type SiteItem, useLots, useSites } from "../../territory/territory-api";
import type { PrescriptionValues } from "./prescription-form";

const siteLabel = (site: SiteItem) =>
  `${site.name} — ${site.commune.name}${site.mandatoryRural ? " — site rural" : ""}`;
const lotLabel = (lot: Pick<LotItem, "code" | "name">) => `${lot.code} — ${lot.name}`;

/** The open sites, grouped by lot (in the lots' order), each with its commune and whether it is rural. */
function siteGroups(sites: readonly SiteItem[]) {
  const groups = new Map<string, { group: string; items: { value: string; label: string }[] }>();
  const open = sites
    .filter((site) => site.active)
    .toSorted((a, b) => a.lot.code.localeCompare(b.lot.code, "fr") || a.name.localeCompare(b.name, "fr"));
  for (const site of open) {
    const group = groups.get(site.lot.id) ?? { group: lotLabel(site.lot), items: [] };
    group.items.push({ value: site.id, label: siteLabel(site) });
    groups.set(site.lot.id, group);
  }
  return [...groups.values()];
}

/** Step 2, « Où »: a site, or a lot whose consortium will choose the site. */
export function PlaceStep({ form }: { form: UseFormReturnType<PrescriptionValues> }) {
  const sites = useSites();
  const lots = useLots();
  const bySite = form.values.destination === "site";
  return (
    <Stack>
      <Radio.Group
        label="Destination"
        required
        value={form.values.destination}
        onChange={(value) => form.setFieldValue("destination", value as PrescriptionValues["destination"])}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="site" label="Choisir le site" />
          <Radio
            value="lot"
            label="Laisser le groupement choisir le site"
            description="La prescription va au lot ; le groupement qui le porte choisit le site."
          />
        </Stack>
      </Radio.Group>
      {bySite ? (
        <Select
          label="Site"
          description="Tapez le nom du site ou de sa commune. Les sites fermés ne sont pas proposés."
          required
          searchable
          nothingFoundMessage="Aucun site ouvert ne correspond."
          data={siteGroups(sites.data ?? [])}
          disabled={sites.isPending}
          {...form.getInputProps("siteId")}
        />
      ) : (
        <Select
          label="Lot"
          required
          searchable
          nothingFoundMessage="Aucun lot ne correspond."
          data={(lots.data ?? [])
            .toSorted((a, b) => a.code.localeCompare(b.code, "fr"))
            .map((lot) => ({ value: lot.id, label: lotLabel(lot) }))}
          disabled={lots.isPending}
          {...form.getInputProps("lotId")}
        />
      )}
      <ErrorAlert error={sites.error ?? lots.error} title="Sites indisponibles" />
    </Stack>
  );
}

/** « Ahun — Ahun — site rural », or « L09 — Creuse — … (site choisi par le groupement) », for the summary. */
export function useDestinationLabel(values: PrescriptionValues): string | null {
  const sites = useSites();
  const lots = useLots();
  if (values.destination === "site") {
    const site = sites.data?.find((candidate) => candidate.id === values.siteId);
    return site ? siteLabel(site) : null;
  }
  const lot = lots.data?.find((candidate) => candidate.id === values.lotId);
  return lot ? `${lotLabel(lot)} (site choisi par le groupement)` : null;
}
