import { Box } from "@mantine/core";
import { lazy, Suspense } from "react";
import { DashboardFigure, type FigureTable } from "./DashboardFigure";
import type { ChartOption } from "./EChart";

/** echarts in a chunk of its own: the figures and tables show while it loads. */
const EChart = lazy(() => import("./EChart").then((module) => ({ default: module.EChart })));

/** A chart of the dashboard, summed up in `label` for screen readers, with its table behind. */
export function ChartPanel<Row>({
  title,
  description,
  label,
  option,
  height = 300,
  table,
}: {
  title: string;
  description?: string;
  /** What the chart shows, in one French sentence. */
  label: string;
  option: ChartOption;
  height?: number;
  table: FigureTable<Row>;
}) {
  return (
    <DashboardFigure title={title} description={description} table={table}>
      <Suspense fallback={<Box h={height} />}>
        <EChart option={option} label={label} height={height} />
      </Suspense>
    </DashboardFigure>
  );
}
