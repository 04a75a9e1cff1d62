import { SimpleGrid } from "@mantine/core";
import type { Column } from "../../ui/DataTable";
import { ChartPanel } from "./ChartPanel";
import { ChoroplethMap } from "./ChoroplethMap";
import { barOption, barsHeight } from "./chart-options";
import { formatCount, formatPer1000, formatPercent } from "./indicator-format";
import type { Dashboard } from "./indicators-api";
import { classOf, quantileBounds, thresholdClasses } from "./map-classes";

const wholePercent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const percentBound = (value: number) => wholePercent.format(value);

/** Realisation against the lot's target: the thresholds a territorial committee reads. */
const REALISATION_CLASSES = thresholdClasses([0.5, 0.8, 1], percentBound);
const RURAL_CLASSES = thresholdClasses([0.25, 0.5, 0.75], percentBound);

type MapScope = { highlightLotIds: readonly string[]; zoom: boolean };

type LotRow = Dashboard["byLot"][number];

const LOT_COLUMNS: readonly Column<LotRow>[] = [
  { header: "Lot", cell: (row) => `${row.lot.code} — ${row.lot.name}` },
  { header: "Entrées", cell: (row) => formatCount(row.entries) },
  { header: "Objectif de la période", cell: (row) => formatCount(row.target) },
  { header: "Taux de réalisation", cell: (row) => formatPercent(row.realisation) },
  { header: "Parcours menés à terme", cell: (row) => formatPercent(row.completionRate) },
];

/** Entries against each lot's target, as bars and as a map. */
export function LotFigures({ byLot, scope }: { byLot: Dashboard["byLot"]; scope: MapScope }) {
  const lotTable = {
    caption: "Entrées et objectifs par lot",
    rows: byLot,
    rowKey: (row: LotRow) => row.lot.id,
    columns: LOT_COLUMNS,
  };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel
        title="Entrées et objectifs par lot"
        label={`Diagramme en barres des entrées et des objectifs par lot : ${byLot.map((row) => `${row.lot.code} ${formatCount(row.entries)} sur ${formatCount(row.target)}`).join(", ")}.`}
        height={360}
        option={barOption({
          categories: byLot.map((row) => row.lot.code),
          series: [
            { name: "Entrées", values: byLot.map((row) => row.entries) },
            { name: "Objectif", values: byLot.map((row) => row.target) },
          ],
        })}
        table={lotTable}
      />
      <ChoroplethMap
        title="Taux de réalisation des lots"
        description="Les entrées de la période rapportées à l'objectif du lot."
        layer="lots"
        values={new Map(byLot.map((row) => [row.lot.id, row.realisation]))}
        classes={REALISATION_CLASSES}
        {...scope}
        table={{
          ...lotTable,
          caption: "Taux de réalisation par lot",
          columns: [
            ...LOT_COLUMNS,
            {
              header: "Classe sur la carte",
              cell: (row) => classOf(REALISATION_CLASSES, row.realisation)?.label ?? "—",
            },
          ],
        }}
      />
    </SimpleGrid>
  );
}

/** Entries per 1,000 inhabitants and the share of rural entrants, basin by basin, as maps. */
export function BasinMaps({ byBasin, scope }: { byBasin: Dashboard["byBasin"]; scope: MapScope }) {
  type Row = (typeof byBasin)[number];
  const rateClasses = thresholdClasses(
    quantileBounds(
      byBasin.flatMap((row) => (row.entriesPer1000 === null ? [] : [row.entriesPer1000])),
      4,
    ),
    formatPer1000,
  );
  const basin = [
    { header: "Code", cell: (row: Row) => row.basin.code },
    { header: "Bassin d'emploi", cell: (row: Row) => row.basin.name },
    { header: "Entrées", cell: (row: Row) => formatCount(row.entries) },
  ];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChoroplethMap
        title="Entrées pour 1 000 habitants par bassin"
        description="Les entrées des personnes qui habitent le bassin, pour 1 000 de ses habitants ; les classes regroupent chacune à peu près autant de bassins."
        layer="basins"
        values={new Map(byBasin.map((row) => [row.basin.id, row.entriesPer1000]))}
        classes={rateClasses}
        {...scope}
        table={{
          caption: "Entrées pour 1 000 habitants par bassin d'emploi",
          rows: byBasin,
          rowKey: (row) => row.basin.id,
          columns: [
            ...basin,
            { header: "Habitants", cell: (row) => formatCount(row.population) },
            { header: "Pour 1 000 habitants", cell: (row) => formatPer1000(row.entriesPer1000) },
            {
              header: "Classe sur la carte",
              cell: (row) => classOf(rateClasses, row.entriesPer1000)?.label ?? "—",
            },
          ],
        }}
      />
      <ChoroplethMap
        title="Part des entrées venant d'une commune rurale"
        description="Parmi les entrées des habitants du bassin, celles qui vivent dans une commune de moins de 2 000 habitants."
        layer="basins"
        values={new Map(byBasin.map((row) => [row.basin.id, row.ruralShare]))}
        classes={RURAL_CLASSES}
        {...scope}
        table={{
          caption: "Part des entrées rurales par bassin d'emploi",
          rows: byBasin,
          rowKey: (row) => row.basin.id,
          columns: [
            ...basin,
            { header: "Entrées rurales", cell: (row) => formatCount(row.ruralEntrants) },
            { header: "Part rurale", cell: (row) => formatPercent(row.ruralShare) },
            {
              header: "Classe sur la carte",
              cell: (row) => classOf(RURAL_CLASSES, row.ruralShare)?.label ?? "—",
            },
          ],
        }}
      />
    </SimpleGrid>
  );
}

/** Beyond this many sites, the chart shows lots (choosing a lot shows its sites); the table lists every site. */
const MAX_SITES_CHARTED = 20;

/** Each lot's sites put together: their quarters with entries, and those with rolling admission. */
function rollingByLot(bySite: Dashboard["bySite"]) {
  const lots = new Map<string, { name: string; quarters: number; rolling: number }>();
  for (const row of bySite) {
    const lot = lots.get(row.lot.code) ?? { name: row.lot.code, quarters: 0, rolling: 0 };
    lot.quarters += row.siteQuarters;
    lot.rolling += row.rollingQuarters;
    lots.set(row.lot.code, lot);
  }
  return [...lots.values()].map((lot) => ({
    name: lot.name,
    share: lot.quarters === 0 ? null : lot.rolling / lot.quarters,
  }));
}

/** The share of each site's quarters whose entries spread over at least three weeks (rolling admission). */
export function RollingAdmissionChart({ bySite }: { bySite: Dashboard["bySite"] }) {
  const perLot = bySite.length > MAX_SITES_CHARTED;
  const bars = perLot
    ? rollingByLot(bySite)
    : bySite.map((row) => ({ name: row.site.name, share: row.rollingShare }));
  return (
    <ChartPanel
      title="Entrées au fil de l'eau, par site"
      description={`Pour chaque site, la part des trimestres avec des entrées où elles s'étalent sur au moins 3 semaines.${perLot ? " Le graphique regroupe les sites de chaque lot (choisissez un lot pour voir ses sites) ; le tableau donne chaque site." : ""}`}
      label={`Diagramme en barres de la part des trimestres avec entrées au fil de l'eau, pour ${bars.length} ${perLot ? "lots" : "sites"}.`}
      height={barsHeight(bars.length)}
      option={barOption({
        categories: bars.map((bar) => bar.name),
        series: [{ name: "Part au fil de l'eau", values: bars.map((bar) => bar.share) }],
        share: true,
        horizontal: true,
      })}
      table={{
        caption: "Entrées au fil de l'eau par site",
        rows: bySite,
        rowKey: (row) => row.site.id,
        columns: [
          { header: "Site", cell: (row) => row.site.name },
          { header: "Lot", cell: (row) => row.lot.code },
          { header: "Entrées", cell: (row) => formatCount(row.entries) },
          { header: "Trimestres avec entrées", cell: (row) => formatCount(row.siteQuarters) },
          { header: "Dont au fil de l'eau", cell: (row) => formatCount(row.rollingQuarters) },
          { header: "Part au fil de l'eau", cell: (row) => formatPercent(row.rollingShare) },
        ],
      }}
    />
  );
}
