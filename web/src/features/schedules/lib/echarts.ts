/**
 * ECharts for the schedule chart, registered once: only the parts it uses (line series, grid, tooltip, a plain
 * legend that wraps, mark lines) and the SVG renderer (crisp text at any zoom). Imported only from the lazily
 * loaded schedule screen, so none of it is in the main bundle. Areas (band, ceiling) are the line series' own
 * `areaStyle`, so MarkAreaComponent is not registered; register it here if a chart needs shaded x/y ranges.
 */
import { LineChart, type LineSeriesOption } from 'echarts/charts';
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

/** The option type of a chart made of the registered parts only. */
export type LineChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

export type { LineSeriesOption };

/** Escapes text put into a tooltip's HTML. */
export const encodeHTML = echarts.format.encodeHTML;

export { echarts };
