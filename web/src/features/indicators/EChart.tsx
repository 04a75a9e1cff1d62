import { Box } from "@mantine/core";
import { useReducedMotion } from "@mantine/hooks";
import { BarChart, type BarSeriesOption, FunnelChart, type FunnelSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
} from "echarts/components";
import { type ComposeOption, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

/**
 * Only what the dashboard draws, so that the chunk stays under 500 kB: bars, a funnel, their axes and
 * legend. No tooltips: the values are written on the bars, which a phone shows without hovering.
 */
use([BarChart, FunnelChart, GridComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | FunnelSeriesOption | GridComponentOption | LegendComponentOption
>;

/**
 * Series colours, dark enough against white for bars (3:1) and told apart by most colour-blind people
 * (Okabe–Ito); the table behind each chart carries the figures in words.
 */
export const SERIES_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00"];
const TEXT_COLOUR = "#212529";

/**
 * An echarts chart drawn in SVG. It is an image for assistive technologies: `label` sums it up in
 * French, and the table beside it (see ChartPanel) gives every figure.
 */
export function EChart({ option, label, height }: { option: ChartOption; label: string; height: number }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, null, { renderer: "svg" });
    chart.current = instance;
    const resized = new ResizeObserver(() => instance.resize());
    resized.observe(element);
    return () => {
      resized.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: !reducedMotion,
        color: SERIES_COLOURS,
        // The page's own font, named: echarts measures its labels with it (« inherit » would be measured wrong).
        textStyle: {
          color: TEXT_COLOUR,
          fontFamily: container.current ? getComputedStyle(container.current).fontFamily : undefined,
        },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, reducedMotion]);

  return <Box ref={container} role="img" aria-label={label} h={height} w="100%" />;
}
