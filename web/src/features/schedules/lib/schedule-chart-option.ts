/**
 * The ECharts option of the progress-schedule chart, built from the chart rows: a pure function (no React), so the
 * component only mounts the chart and passes the texts in the UI language.
 */
import type { Direction, Indicator } from '@thidua/shared';
import type { ChartRow } from './chart-data.ts';
import { encodeHTML, type LineChartOption, type LineSeriesOption } from './echarts.ts';
import { fmtTick, fmtValue } from './format.ts';

const PLAN = '#1456a0';
export const ACTUAL = '#d4380d';
const BAND = '#69b1ff';
const CEILING_FILL = '#b7eb8f';
const TARGET = '#389e0d';
/** Three dashes, the projection's legend icon. */
const DASHES = 'path://M0 4h6v2H0zM9 4h6v2H9zM18 4h6v2h-6z';

/** Below this width (a phone) the chart is taller, its period labels shorter and its legend wraps. */
export const COMPACT_WIDTH = 560;

/** "Tháng 10/2025" → "T10/2025", "Quý III/2025" → "Q.III/2025": period labels that fit under a phone's axis. */
function shortLabel(label: string): string {
  return label.replace(/^Tháng\s+/i, 'T').replace(/^Quý\s+/i, 'Q.');
}

/** A round swatch for a tooltip line; hollow for an estimate. */
function marker(color: string, hollow = false): string {
  const fill = hollow ? '#fff' : color;
  return `<span style="display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;background:${fill};border:2px solid ${color}"></span>`;
}

export interface ChartText {
  planned: string;
  band: string;
  actual: string;
  projection: string;
  estimate: string;
  target: string;
  today: string;
}

export interface ChartInput {
  indicator: Indicator;
  direction: Direction;
  rows: ChartRow[];
  target: number | null;
  todayPeriodId: string | null;
  text: ChartText;
  colors: { text: string; grid: string; todayLine: string; font: string };
  compact: boolean;
  width: number;
}

/** Band and maintain indicators with low/high values get a shaded band, and their planned line is its centre. */
export function drawsBand(direction: Direction, rows: ChartRow[]): boolean {
  return (direction === 'band' || direction === 'maintain') && rows.some((r) => r.band !== null);
}

/** How many rows the legend wraps to (13 px text is about 7 px a character; each item has a 22 px icon and gaps). */
function legendRowCount(names: string[], width: number): number {
  if (width <= 0) return 1;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const w = 22 + 5 + name.length * 7 + 12;
    if (used > 0 && used + w > width - 20) {
      rows += 1;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/**
 * The option for one indicator: planned line (ceiling area for at_most, shaded band for band/maintain), actual values
 * with hollow estimates, dashed projection, target and today marked, legend and tooltip in Vietnamese number format.
 */
export function scheduleOption({
  indicator,
  direction,
  rows,
  target,
  todayPeriodId,
  text,
  colors,
  compact,
  width,
}: ChartInput): LineChartOption {
  const fmt = (v: number | null | undefined) => fmtValue(indicator, v);
  const flow = indicator.kind === 'sum' || indicator.kind === 'count';
  const showBand = drawsBand(direction, rows);
  const hasProjection = rows.some((r) => r.projection !== null);
  const todayLabel = rows.find((r) => r.periodId === todayPeriodId)?.label;
  // A band's centre is its target: the planned line already marks it.
  const showTarget = target !== null && !showBand;
  const todayIndex = rows.findIndex((r) => r.periodId === todayPeriodId);
  // Keep "Hôm nay" off the y axis labels when today is the first period, and inside the chart when it is the last.
  const todayAlign: 'left' | 'right' | 'center' =
    todayIndex === 0 ? 'left' : todayIndex === rows.length - 1 ? 'right' : 'center';

  const series: LineSeriesOption[] = [];
  if (showBand) {
    // A band is drawn as a stack: an invisible line at the low edge, then the width (high − low) filled on top.
    series.push(
      {
        id: 'bandLow',
        type: 'line',
        stack: 'band',
        data: rows.map((r) => r.band?.[0] ?? null),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        id: 'band',
        name: text.band,
        type: 'line',
        stack: 'band',
        data: rows.map((r) => (r.band ? r.band[1] - r.band[0] : null)),
        lineStyle: { opacity: 0 },
        areaStyle: { color: BAND, opacity: 0.3 },
        itemStyle: { color: BAND },
        symbol: 'none',
        silent: true,
      },
    );
  }
  series.push({
    id: 'planned',
    name: text.planned,
    type: 'line',
    data: rows.map((r) => r.planned),
    connectNulls: true,
    symbol: 'circle',
    symbolSize: 6,
    itemStyle: { color: PLAN },
    lineStyle: { color: PLAN, width: 2, type: showBand ? [4, 3] : 'solid' },
    areaStyle: direction === 'at_most' ? { color: CEILING_FILL, opacity: 0.35 } : undefined,
    z: 3,
    markLine: {
      silent: true,
      symbol: 'none',
      animation: false,
      data: [
        ...(showTarget
          ? [
              {
                yAxis: target,
                lineStyle: { color: TARGET, type: [4, 4] as number[], width: 1.5 },
                label: {
                  formatter: text.target,
                  position: 'insideStartTop' as const,
                  color: TARGET,
                  fontSize: 12,
                },
              },
            ]
          : []),
        ...(todayLabel
          ? [
              {
                xAxis: todayLabel,
                lineStyle: { color: colors.todayLine, type: [2, 2] as number[], width: 1.5 },
                label: {
                  formatter: text.today,
                  position: 'end' as const,
                  align: todayAlign,
                  color: colors.text,
                  fontSize: 12,
                },
              },
            ]
          : []),
      ],
    },
  });
  series.push({
    id: 'actual',
    name: text.actual,
    type: 'line',
    // Estimates ("ước") are hollow dots with a dashed rim; final figures are filled.
    data: rows.map((r) =>
      r.actual === null
        ? null
        : r.isEstimate
          ? {
              value: r.actual,
              symbolSize: 10,
              itemStyle: { color: '#fff', borderColor: ACTUAL, borderWidth: 2, borderType: [2, 2] },
            }
          : r.actual,
    ),
    symbol: 'circle',
    symbolSize: 8,
    showAllSymbol: true,
    itemStyle: { color: ACTUAL, borderColor: '#fff', borderWidth: 1 },
    lineStyle: { color: ACTUAL, width: 2.5 },
    emphasis: { scale: 1.4 },
    z: 5,
  });
  if (hasProjection)
    series.push({
      id: 'projection',
      name: text.projection,
      type: 'line',
      data: rows.map((r) => r.projection),
      connectNulls: true,
      symbol: 'none',
      itemStyle: { color: ACTUAL },
      lineStyle: { color: ACTUAL, opacity: 0.75, width: 2, type: [6, 4] },
      z: 4,
    });

  // Only what the chart shows: a unit without a schedule has no planned line to name.
  const legend = [
    // The band is a filled swatch in the legend, not a line.
    ...(showBand ? [{ name: text.band, icon: 'roundRect', itemStyle: { color: BAND, opacity: 0.45 } }] : []),
    ...(rows.some((r) => r.planned !== null) ? [text.planned] : []),
    ...(rows.some((r) => r.actual !== null) ? [text.actual] : []),
    // The projection is a dashed line with no points; ECharts would draw a dot on a line series' legend icon.
    ...(hasProjection
      ? [{ name: text.projection, icon: DASHES, itemStyle: { color: ACTUAL, opacity: 0.75 } }]
      : []),
  ];
  const legendRows = legendRowCount(
    legend.map((l) => (typeof l === 'string' ? l : l.name)),
    width,
  );

  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    grid: {
      left: 4,
      right: compact ? 12 : 24,
      top: 30,
      bottom: 14 + 22 * legendRows,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: {
      data: legend,
      bottom: 0,
      left: 'center',
      itemGap: compact ? 12 : 20,
      itemWidth: 22,
      textStyle: { fontSize: 13, color: colors.text },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', lineStyle: { color: colors.grid } },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = first ? rows[first.dataIndex] : undefined;
        if (!row) return '';
        const line = (mark: string, name: string, value: string) =>
          `<div>${mark}${encodeHTML(name)}: <b>${encodeHTML(value)}</b></div>`;
        const lines = [`<div style="font-weight:600;margin-bottom:4px">${encodeHTML(row.label)}</div>`];
        if (row.band) lines.push(line(marker(BAND), text.band, `${fmt(row.band[0])} – ${fmt(row.band[1])}`));
        if (row.planned !== null) lines.push(line(marker(PLAN), text.planned, fmt(row.planned)));
        if (row.actual !== null)
          lines.push(
            line(
              marker(ACTUAL, row.isEstimate),
              text.actual,
              row.isEstimate ? `${fmt(row.actual)} (${text.estimate.toLocaleLowerCase()})` : fmt(row.actual),
            ),
          );
        if (row.projection !== null && row.actual === null)
          lines.push(line(marker(ACTUAL, true), text.projection, fmt(row.projection)));
        return lines.join('');
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      boundaryGap: false,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colors.grid } },
      axisLabel: {
        color: colors.text,
        fontSize: 12,
        hideOverlap: true,
        // The first and last periods sit on the chart's edges: their labels start and end there, clear of the y axis.
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
        formatter: compact ? shortLabel : undefined,
      },
    },
    yAxis: {
      type: 'value',
      // Cumulative counts and sums start from zero; levels (rates, ratios) zoom on their range. The target is kept
      // inside the range so its line always shows.
      scale: !flow,
      boundaryGap: flow ? undefined : ['6%', '6%'],
      dataMin: showTarget ? (target ?? undefined) : undefined,
      dataMax: showTarget ? (target ?? undefined) : undefined,
      splitLine: { lineStyle: { color: colors.grid, type: [3, 3] } },
      axisLabel: { color: colors.text, fontSize: 12, formatter: (v: number) => fmtTick(indicator, v) },
    },
    series,
  };
}
