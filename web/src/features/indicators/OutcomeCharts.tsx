import { SimpleGrid } from "@mantine/core";
import { ChartPanel } from "./ChartPanel";
import { barOption, barsHeight } from "./chart-options";
import { formatCount, formatPercent } from "./indicator-format";
import type { Dashboard } from "./indicators-api";

const MOMENTS = [
  { key: "before", name: "12 mois avant l'entrée" },
  { key: "atExit", name: "À la sortie" },
  { key: "after6m", name: "6 mois après" },
] as const;

/** The followed leavers' situation before, at exit and 6 months on, situation by situation. */
export function BeforeAfterChart({ rows }: { rows: Dashboard["beforeAfter"] }) {
  return (
    <ChartPanel
      title="Situation avant, à la sortie et 6 mois après"
      description="Les sortants dont la situation à 6 mois est connue : combien étaient dans chaque situation 12 mois avant leur entrée, à leur sortie, puis 6 mois après."
      label={`Diagramme en barres groupées des situations avant l'entrée, à la sortie et 6 mois après, pour ${rows.length} situations.`}
      height={barsHeight(rows.length, MOMENTS.length)}
      option={barOption({
        categories: rows.map((row) => row.label),
        series: MOMENTS.map((moment) => ({ name: moment.name, values: rows.map((row) => row[moment.key]) })),
        horizontal: true,
      })}
      table={{
        caption: "Situation des sortants suivis avant, à la sortie et 6 mois après",
        rows,
        rowKey: (row) => row.situation,
        columns: [
          { header: "Situation", cell: (row) => row.label },
          ...MOMENTS.map((moment) => ({
            header: moment.name,
            cell: (row: (typeof rows)[number]) => formatCount(row[moment.key]),
          })),
        ],
      }}
    />
  );
}

/** Barriers identified for the period's entrants and lifted, theme by theme; the answers to follow-ups per lot. */
export function SupportCharts({ barriers, followUps }: Pick<Dashboard, "barriers" | "followUps">) {
  return (
    <SimpleGrid cols={{ base: 1, lg: followUps.length > 0 ? 2 : 1 }} spacing="md">
      <ChartPanel
        title="Freins levés par thème"
        label={`Diagramme en barres des freins identifiés et levés par thème : ${barriers.map((row) => `${row.label} ${formatCount(row.lifted)} levés sur ${formatCount(row.identified)}`).join(", ")}.`}
        height={barsHeight(barriers.length, 2)}
        option={barOption({
          categories: barriers.map((row) => row.label),
          series: [
            { name: "Identifiés", values: barriers.map((row) => row.identified) },
            { name: "Levés", values: barriers.map((row) => row.lifted) },
          ],
          horizontal: true,
        })}
        table={{
          caption: "Freins identifiés et levés par thème",
          rows: barriers,
          rowKey: (row) => row.theme,
          columns: [
            { header: "Thème", cell: (row) => row.label },
            { header: "Identifiés", cell: (row) => formatCount(row.identified) },
            { header: "Levés", cell: (row) => formatCount(row.lifted) },
            { header: "Part levée", cell: (row) => formatPercent(row.liftedShare) },
          ],
        }}
      />
      {followUps.length > 0 && (
        <ChartPanel
          title="Réponses au questionnaire à 6 mois, par lot"
          description="Les questionnaires dus aux sortants de la période, et les réponses reçues."
          label={`Diagramme en barres du taux de réponse au suivi à 6 mois par lot : ${followUps.map((row) => `${row.lot.code} ${formatPercent(row.responseRate)}`).join(", ")}.`}
          height={barsHeight(followUps.length)}
          option={barOption({
            categories: followUps.map((row) => row.lot.code),
            series: [{ name: "Taux de réponse", values: followUps.map((row) => row.responseRate) }],
            share: true,
            horizontal: true,
          })}
          table={{
            caption: "Réponses au questionnaire à 6 mois par lot",
            rows: followUps,
            rowKey: (row) => row.lot.id,
            columns: [
              { header: "Lot", cell: (row) => `${row.lot.code} — ${row.lot.name}` },
              { header: "Questionnaires dus", cell: (row) => formatCount(row.due) },
              { header: "Réponses", cell: (row) => formatCount(row.answered) },
              { header: "Taux de réponse", cell: (row) => formatPercent(row.responseRate) },
            ],
          }}
        />
      )}
    </SimpleGrid>
  );
}
