/** Horizontal bars of nominations and awards per row (an award form or a unit), numbers the Vietnamese way. */
import { formatNumber } from '@thidua/shared';
import { type DashboardChartOption, encodeHTML } from '../../schedules/lib/echarts.ts';

export interface StatRow {
  name: string;
  nominated: number;
  awarded: number;
}

export interface StatColors {
  nominated: string;
  awarded: string;
  text: string;
  grid: string;
  font: string;
}

export function statsOption(
  rows: StatRow[],
  text: { nominated: string; awarded: string },
  colors: StatColors,
  compact: boolean,
): DashboardChartOption {
  const label = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 0) : '');
  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    grid: {
      left: 4,
      right: 40,
      top: 8,
      bottom: 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: {
      data: [text.nominated, text.awarded],
      bottom: 0,
      left: 'center',
      textStyle: { fontSize: 13, color: colors.text },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const r = first ? rows[first.dataIndex] : undefined;
        if (!r) return '';
        return [
          `<div style="font-weight:600;margin-bottom:4px">${encodeHTML(r.name)}</div>`,
          `<div>${encodeHTML(text.nominated)}: <b>${label(r.nominated)}</b></div>`,
          `<div>${encodeHTML(text.awarded)}: <b>${label(r.awarded)}</b></div>`,
        ].join('');
      },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: colors.grid, type: [3, 3] } },
      axisLabel: { color: colors.text, fontSize: 12, formatter: (v: number) => label(v), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colors.grid } },
      axisLabel: {
        color: colors.text,
        fontSize: 12,
        width: compact ? 120 : 260,
        overflow: 'break',
        lineHeight: 15,
      },
    },
    series: [
      {
        name: text.nominated,
        type: 'bar',
        data: rows.map((r) => r.nominated),
        itemStyle: { color: colors.nominated, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 16,
        label: {
          show: true,
          position: 'right',
          fontSize: 12,
          color: colors.text,
          formatter: (x) => label(x.value),
        },
      },
      {
        name: text.awarded,
        type: 'bar',
        data: rows.map((r) => r.awarded),
        itemStyle: { color: colors.awarded, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 16,
        label: {
          show: true,
          position: 'right',
          fontSize: 12,
          color: colors.text,
          formatter: (x) => label(x.value),
        },
      },
    ],
  };
}
