import type { ChartOption } from "./EChart";
import { formatCount, formatPercent } from "./indicator-format";

/** One bar series: its name (the legend's) and a value per category (`null`: no value). */
export type BarSeries = { name: string; values: readonly (number | null)[] };

const wholePercent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** The height a horizontal bar chart needs for `categories` rows. */
export const barsHeight = (categories: number, series = 1) =>
  Math.max(180, 60 + categories * (16 + 14 * series));

/**
 * Bars by category, grouped when there are several series; `share` reads the values as shares (axis and
 * tooltip in percent); `horizontal` for long category names (sites, situations).
 */
export function barOption({
  categories,
  series,
  share = false,
  horizontal = false,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  share?: boolean;
  horizontal?: boolean;
}): ChartOption {
  const format = (value: unknown) =>
    typeof value === "number" ? (share ? formatPercent(value) : formatCount(value)) : "—";
  const valueAxis = {
    type: "value" as const,
    minInterval: share ? undefined : 1,
    max: share ? 1 : undefined,
    axisLabel: {
      formatter: (value: number) => (share ? wholePercent.format(value) : formatCount(value)),
    },
  };
  const categoryAxis = {
    type: "category" as const,
    data: [...categories],
    inverse: horizontal,
    axisLabel: horizontal
      ? { width: 160, overflow: "truncate" as const }
      : { interval: 0, hideOverlap: true, width: 90, overflow: "truncate" as const },
  };
  return {
    grid: { left: 8, right: 24, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend: { show: series.length > 1, top: 0 },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: format },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((entry) => ({
      type: "bar" as const,
      name: entry.name,
      data: [...entry.values],
      barMaxWidth: 36,
    })),
  };
}

/** A funnel whose steps keep their order, each labelled with its count. */
export function funnelOption(steps: readonly { label: string; count: number }[]): ChartOption {
  return {
    tooltip: { trigger: "item", valueFormatter: (value) => formatCount(Number(value)) },
    series: [
      {
        type: "funnel",
        sort: "none",
        left: 8,
        width: "55%",
        minSize: "8%",
        gap: 2,
        label: {
          position: "right",
          formatter: (item: { name: string; value: unknown }) =>
            `${item.name} : ${formatCount(Number(item.value))}`,
        },
        labelLine: { show: true },
        data: steps.map((step) => ({ name: step.label, value: step.count })),
      },
    ],
  };
}
