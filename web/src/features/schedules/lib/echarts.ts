/**
 * ECharts for the schedule chart, registered once: only the parts it uses (line series, grid, tooltip, a plain
 * legend that wraps, mark lines) and the SVG renderer (crisp text at any zoom). Imported only from the lazily
 * loaded schedule screen, so none of it is in the main bundle. Areas (band, ceiling) are the line series' own
 * `areaStyle`, so MarkAreaComponent is not registered; register it here if a chart needs shaded x/y ranges.
 */
import {
  BarChart,
  type BarSeriesOption,
  GaugeChart,
  type GaugeSeriesOption,
  LineChart,
  type LineSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  type LegendComponentOption,
  LegendPlainComponent,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  MarkLineComponent,
  SVGRenderer,
]);

// The dashboard's gauges (completion of key indicators) and bars (money indicators by source).
echarts.use([GaugeChart, BarChart]);

/** The option type of a chart made of the registered parts only. */
export type LineChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

export type { LineSeriesOption };

/** The option type of the dashboard's charts: gauges and bars on a grid, with tooltip and legend. */
export type DashboardChartOption = echarts.ComposeOption<
  GaugeSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** Escapes text put into a tooltip's HTML. */
export const encodeHTML = echarts.format.encodeHTML;

export { echarts };
