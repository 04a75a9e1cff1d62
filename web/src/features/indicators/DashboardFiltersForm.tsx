import { Button, Group, Select, Text } from "@mantine/core";
import type { IndicatorFilters } from "../../../../src/domains/indicators/indicator-filters";
import { RESIDENCE_LABELS, RESIDENCES } from "../../../../src/domains/indicators/indicator-filters";
import {
  REFERRAL_CHANNEL_LABELS,
  REFERRAL_CHANNELS,
} from "../../../../src/domains/territory/territory.vocabulary";
import { FilterBar } from "../../ui/FilterBar";
import { PeriodFields } from "../../ui/PeriodFields";
import { type CodeFilter, QUICK_PERIODS } from "./dashboard-filters";
import type { Dashboard } from "./indicators-api";

const CODE_SELECTS: readonly {
  key: CodeFilter;
  choices: keyof Dashboard["choices"];
  label: string;
  all: string;
}[] = [
  { key: "lot", choices: "lots", label: "Lot", all: "Tous les lots" },
  { key: "basin", choices: "basins", label: "Bassin d'emploi", all: "Tous les bassins" },
  { key: "site", choices: "sites", label: "Site", all: "Tous les sites" },
  { key: "organisation", choices: "organisations", label: "Organisme", all: "Tous les organismes" },
];

/**
 * The period (one click for the usual ones), then the territory, the prescriber network and the kind
 * of residence; the territory offers only what the caller's dashboard covers (`choices`).
 */
export function DashboardFiltersForm({
  filters,
  choices,
  today,
  onChange,
}: {
  filters: IndicatorFilters;
  choices: Dashboard["choices"] | undefined;
  /** Today's Paris day, from which the quick periods are computed. */
  today: string;
  onChange: (filters: IndicatorFilters) => void;
}) {
  return (
    <>
      <Group gap="xs" mb="sm" role="group" aria-labelledby="quick-periods">
        <Text id="quick-periods" size="sm" fw={500}>
          Période :
        </Text>
        {QUICK_PERIODS.map((quick) => {
          const period = quick.period(today);
          const pressed = period.from === filters.from && period.to === filters.to;
          return (
            <Button
              key={quick.label}
              size="compact-sm"
              variant={pressed ? "filled" : "default"}
              aria-pressed={pressed}
              onClick={() => onChange({ ...filters, ...period })}
            >
              {quick.label}
            </Button>
          );
        })}
      </Group>
      <FilterBar label="Filtres des indicateurs">
        <PeriodFields filters={filters} onChange={onChange} />
        {CODE_SELECTS.map((select) => {
          const options = choices?.[select.choices] ?? [];
          if (options.length === 0 && !filters[select.key]) return null;
          return (
            <Select
              key={select.key}
              label={select.label}
              placeholder={select.all}
              data={options.map((option) => ({
                value: option.code,
                label: `${option.code} — ${option.name}`,
              }))}
              value={filters[select.key] ?? null}
              searchable
              clearable
              onChange={(code) => onChange({ ...filters, [select.key]: code ?? undefined })}
            />
          );
        })}
        <Select
          label="Réseau prescripteur"
          placeholder="Tous les réseaux"
          data={REFERRAL_CHANNELS.map((channel) => ({
            value: channel,
            label: REFERRAL_CHANNEL_LABELS[channel],
          }))}
          value={filters.network ?? null}
          clearable
          onChange={(network) =>
            onChange({ ...filters, network: (network as IndicatorFilters["network"]) ?? undefined })
          }
        />
        <Select
          label="Résidence"
          placeholder="Rurale ou urbaine"
          data={RESIDENCES.map((residence) => ({ value: residence, label: RESIDENCE_LABELS[residence] }))}
          value={filters.residence ?? null}
          clearable
          onChange={(residence) =>
            onChange({ ...filters, residence: (residence as IndicatorFilters["residence"]) ?? undefined })
          }
        />
      </FilterBar>
    </>
  );
}
