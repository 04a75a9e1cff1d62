import { SimpleGrid } from "@mantine/core";
import { ChartPanel } from "./ChartPanel";
import { barOption, funnelOption } from "./chart-options";
import { formatCount, formatMonth, formatPercent } from "./indicator-format";
import type { Dashboard } from "./indicators-api";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Entries month by month (and how many of them have left), and the funnel from referral to a positive situation 6 months on. */
export function ActivityCharts({ dashboard }: { dashboard: Dashboard }) {
  const { byMonth, funnel } = dashboard;
  const entries = sum(byMonth.map((month) => month.entries));
  const leavers = sum(byMonth.map((month) => month.leavers));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel
        title="Entrées par mois"
        description="Les entrées de chaque mois (à leur date d'entrée), et parmi elles celles qui sont déjà sorties du dispositif."
        label={`Diagramme en barres des entrées par mois, et de celles déjà sorties : ${formatCount(entries)} entrées sur ${byMonth.length} mois, dont ${formatCount(leavers)} sorties.`}
        option={barOption({
          categories: byMonth.map((month) => formatMonth(month.month)),
          series: [
            { name: "Entrées", values: byMonth.map((month) => month.entries) },
            { name: "Dont sorties", values: byMonth.map((month) => month.leavers) },
          ],
        })}
        table={{
          caption: "Entrées par mois et sorties parmi elles",
          rows: byMonth,
          rowKey: (month) => month.month,
          columns: [
            { header: "Mois", cell: (month) => formatMonth(month.month) },
            { header: "Entrées", cell: (month) => formatCount(month.entries) },
            { header: "Dont sorties", cell: (month) => formatCount(month.leavers) },
          ],
        }}
      />
      <ChartPanel
        title="De l'orientation au résultat"
        description="Les personnes orientées sur la période, celles qui sont entrées, ont mené leur parcours à son terme, et étaient en emploi ou en formation 6 mois après."
        label={`Entonnoir du parcours : ${funnel.map((step) => `${step.label} ${formatCount(step.count)}`).join(", ")}.`}
        option={funnelOption(funnel)}
        table={{
          caption: "De l'orientation au résultat à 6 mois",
          rows: funnel.map((step, index) => ({
            ...step,
            previous: index > 0 ? funnel[index - 1] : undefined,
          })),
          rowKey: (step) => step.step,
          columns: [
            { header: "Étape", cell: (step) => step.label },
            { header: "Personnes", cell: (step) => formatCount(step.count) },
            {
              header: "Part de l'étape précédente",
              cell: (step) =>
                step.previous && step.previous.count > 0
                  ? formatPercent(step.count / step.previous.count)
                  : "—",
            },
          ],
        }}
      />
    </SimpleGrid>
  );
}
