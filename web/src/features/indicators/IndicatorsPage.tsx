import { Alert, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type ReactNode, useEffect, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { IndicatorFilters } from "../../../../src/domains/indicators/indicator-filters";
import { parisDay } from "../../../../src/domains/paris-time";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { ActivityCharts } from "./ActivityCharts";
import { DashboardDownloads } from "./DashboardDownloads";
import { DashboardFiltersForm } from "./DashboardFiltersForm";
import { filtersFromSearch, searchFromFilters } from "./dashboard-filters";
import { type Dashboard, useDashboard } from "./indicators-api";
import { KeyFigures } from "./KeyFigures";
import { BeforeAfterChart, SupportCharts } from "./OutcomeCharts";
import { ProfileCharts } from "./ProfileCharts";
import { BasinMaps, LotFigures, RollingAdmissionChart } from "./TerritoryFigures";

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The alerts shown at once; the others behind « Voir les … autres ». */
const ALERTS_SHOWN = 5;

function AlertList({ alerts }: { alerts: Dashboard["alerts"] }) {
  return (
    <Stack component="ul" gap={4} m={0} pl="md">
      {alerts.map((alert) => (
        <Text component="li" key={`${alert.kind}-${alert.message}`} size="sm">
          {alert.message}
        </Text>
      ))}
    </Stack>
  );
}

/** The alerts of the dashboard's scope: a lot behind its target, a basin without referrals, … */
function DashboardAlerts({ alerts }: { alerts: Dashboard["alerts"] }) {
  if (alerts.length === 0) return null;
  const more = alerts.slice(ALERTS_SHOWN);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      styles={{ title: { color: "var(--mantine-color-text)" } }}
      title={alerts.length > 1 ? `${alerts.length} points d'attention` : "Un point d'attention"}
    >
      <AlertList alerts={alerts.slice(0, ALERTS_SHOWN)} />
      {more.length > 0 && (
        <details>
          <summary>Voir les {more.length} autres</summary>
          <AlertList alerts={more} />
        </details>
      )}
    </Alert>
  );
}

function Figures({ dashboard, filters }: { dashboard: Dashboard; filters: IndicatorFilters }) {
  const chosenLot = dashboard.choices.lots.find((lot) => lot.code === filters.lot);
  const scope = {
    highlightLotIds: chosenLot ? [chosenLot.id] : dashboard.choices.lots.map((lot) => lot.id),
    zoom: Boolean(chosenLot) || dashboard.scope.kind !== "region",
  };
  /** Lots' targets apply to whole lots: not to the people a prescriber sent, nor under a narrower filter. */
  const withTargets =
    dashboard.scope.kind !== "prescriber" && dashboard.byLot.some((row) => row.realisation !== null);
  return (
    <Stack gap="xl">
      <Part id="key-figures" title="Chiffres clés">
        <KeyFigures lines={dashboard.lines} />
      </Part>
      <Part id="activity" title="Entrées et parcours">
        <ActivityCharts dashboard={dashboard} />
      </Part>
      <Part id="profile" title="Profil des personnes entrées">
        <ProfileCharts profile={dashboard.profile} />
      </Part>
      <Part id="outcomes" title="Avant et après le parcours">
        <BeforeAfterChart rows={dashboard.beforeAfter} />
      </Part>
      {withTargets && (
        <Part id="lots" title="Lots et objectifs">
          <LotFigures byLot={dashboard.byLot} scope={scope} />
        </Part>
      )}
      {dashboard.byBasin.length > 0 && (
        <Part id="basins" title="Bassins d'emploi">
          <BasinMaps byBasin={dashboard.byBasin} scope={scope} />
        </Part>
      )}
      {dashboard.bySite.length > 0 && (
        <Part id="sites" title="Pratiques des sites">
          <RollingAdmissionChart bySite={dashboard.bySite} />
        </Part>
      )}
      <Part id="support" title="Accompagnement et suivi">
        <SupportCharts barriers={dashboard.barriers} followUps={dashboard.followUps} />
      </Part>
    </Stack>
  );
}

/**
 * `/indicateurs`: the indicators of spec §3 and the charts and maps of the caller's dashboard, for the
 * filters in the page's address (a view can be shared). The API narrows what each role sees: the whole
 * region, the lots followed, a training organisation's sites, or the people a prescriber sent.
 */
export default function IndicatorsPage() {
  const [search, setSearch] = useSearchParams();
  const today = useMemo(() => parisDay(new Date()), []);
  const filters = useMemo(() => filtersFromSearch(search, today), [search, today]);
  const [debounced] = useDebouncedValue(filters, 300);
  const query = useDashboard(debounced);
  const dashboard = query.data;
  const setFilters = (next: IndicatorFilters) => setSearch(searchFromFilters(next), { replace: true });
  /** The address always carries the period shown, so that it can be shared as it is. */
  useEffect(() => {
    if (!search.has("from") || !search.has("to")) setSearch(searchFromFilters(filters), { replace: true });
  }, [search, filters, setSearch]);

  return (
    <>
      <PageTitle>Indicateurs</PageTitle>
      <Text mb="md" maw={760}>
        Les indicateurs du dispositif, calculés à partir du travail enregistré dans Amorce : qui entre, ce que
        les parcours apportent et où en sont les personnes 6 mois après. Les entrées comptent à leur date
        d'entrée dans la période ; chaque indicateur donne sa définition et son dénominateur. L'adresse de la
        page garde les filtres : vous pouvez la partager.
      </Text>
      <DashboardFiltersForm
        filters={filters}
        choices={dashboard?.choices}
        today={today}
        onChange={setFilters}
      />
      <ErrorAlert error={query.error} title="Indicateurs indisponibles" />
      {query.isPending ? (
        <PageLoader />
      ) : (
        dashboard && (
          <Stack gap="lg">
            <Text role="status" fw={600} size="lg">
              {dashboard.scope.label}, du {formatDate(dashboard.period.from)} au{" "}
              {formatDate(dashboard.period.to)}
            </Text>
            <DashboardAlerts alerts={dashboard.alerts} />
            <DashboardDownloads filters={debounced} />
            <Figures dashboard={dashboard} filters={debounced} />
          </Stack>
        )
      )}
    </>
  );
}
