import { SimpleGrid } from "@mantine/core";
import { ChartPanel } from "./ChartPanel";
import { barOption, barsHeight } from "./chart-options";
import { formatCount, formatPercent } from "./indicator-format";
import type { Dashboard } from "./indicators-api";

type Distribution = Dashboard["profile"]["qualification"];

const DISTRIBUTIONS: readonly { key: keyof Dashboard["profile"]; title: string; header: string }[] = [
  { key: "qualification", title: "Niveau de diplôme", header: "Niveau" },
  { key: "gender", title: "Genre", header: "Genre" },
  { key: "age", title: "Âge à l'entrée", header: "Âge" },
  { key: "residence", title: "Lieu de résidence", header: "Résidence" },
];

function DistributionChart({ title, header, rows }: { title: string; header: string; rows: Distribution }) {
  return (
    <ChartPanel
      title={title}
      label={`Diagramme en barres des entrées par ${title.toLowerCase()} : ${rows.map((row) => `${row.label} ${formatPercent(row.share)}`).join(", ")}.`}
      height={barsHeight(rows.length)}
      option={barOption({
        categories: rows.map((row) => row.label),
        series: [{ name: "Entrées", values: rows.map((row) => row.count) }],
        horizontal: true,
      })}
      table={{
        caption: `Entrées par ${title.toLowerCase()}`,
        rows,
        rowKey: (row) => row.value,
        columns: [
          { header, cell: (row) => row.label },
          { header: "Entrées", cell: (row) => formatCount(row.count) },
          { header: "Part des entrées", cell: (row) => formatPercent(row.share) },
        ],
      }}
    />
  );
}

/** Who entered: by qualification, gender, age and kind of residence. */
export function ProfileCharts({ profile }: { profile: Dashboard["profile"] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {DISTRIBUTIONS.map((distribution) => (
        <DistributionChart
          key={distribution.key}
          title={distribution.title}
          header={distribution.header}
          rows={profile[distribution.key]}
        />
      ))}
    </SimpleGrid>
  );
}
