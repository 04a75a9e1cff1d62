import { DashboardFigure, type FigureTable } from "./DashboardFigure";
import { type ChartOption, EChart } from "./EChart";

/** A chart of the dashboard, summed up in `label` for screen readers, with its table behind. */
export function ChartPanel<Row>({
  title,
  description,
  label,
  option,
  height,
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
      <EChart option={option} label={label} height={height} />
    </DashboardFigure>
  );
}
