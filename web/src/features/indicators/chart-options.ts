import type { ChartOption } from "./EChart";
import { formatCount, formatPercent } from "./indicator-format";

/** One bar series: its name (the legend's) and a value per category (`null`: no value). */
export type BarSeries = { name: string; values: readonly (number | null)[] };

const wholePercent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** The height a horizontal bar chart needs for `categories` rows. */
export const barsHeight = (categories: number, series = 1) =>
  Math.max(180, 60 + categories * (16 + 14 * series));

/** Beyond this many vertical bars, their values would overlap: the table behind gives them. */
const MAX_VERTICAL_LABELS = 12;

/**
 * Bars by category, grouped when there are several series; `share` reads the values as shares (axis and
 * labels in percent); `horizontal` for long category names (sites, situations).
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
    /** Shares up to 100 %, further only when a value goes beyond (a lot above its target). */
    max: share ? (extent: { max: number }) => Math.max(1, extent.max) : undefined,
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
    grid: {
      left: 8,
      right: horizontal ? 56 : 16,
      top: series.length > 1 ? 40 : 16,
      bottom: 8,
      containLabel: true,
    },
    legend: { show: series.length > 1, top: 0 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((entry) => ({
      type: "bar" as const,
      name: entry.name,
      data: [...entry.values],
      barMaxWidth: 36,
      label: {
        show: horizontal || categories.length * series.length <= MAX_VERTICAL_LABELS,
        position: horizontal ? ("right" as const) : ("top" as const),
        fontSize: 11,
        formatter: (item: { value: unknown }) => format(item.value),
      },
    })),
  };
}

/** A funnel whose steps keep their order, each labelled with its count. */
export function funnelOption(steps: readonly { label: string; count: number }[]): ChartOption {
  return {
    series: [
      {
        type: "funnel",
        sort: "none",
        left: 8,
        width: "45%",
        minSize: "8%",
        gap: 2,
        label: {
          position: "right",
          width: 220,
          overflow: "break",
          lineHeight: 16,
          formatter: (item: { name: string; value: unknown }) =>
            `${item.name} : ${formatCount(Number(item.value))}`,
        },
        labelLine: { show: true },
        data: steps.map((step) => ({ name: step.label, value: step.count })),
      },
    ],
  };
}
