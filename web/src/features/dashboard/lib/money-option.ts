/** The bar chart of a money indicator's sources: value against target per source (triệu đồng). */
import { formatNumber } from '@thidua/shared';
import { type DashboardChartOption, encodeHTML } from '../../schedules/lib/echarts.ts';
import { type DashIndicator, fmtValue } from './format.ts';

/** A money indicator with the sources shown as its bars (its children, or itself when it has none). */
export interface MoneyGroup {
  root: DashIndicator;
  parts: DashIndicator[];
}

/** The top money indicators (no money parent) with their sub-sources, in code order. */
export function moneyGroups(rows: DashIndicator[]): MoneyGroup[] {
  const money = new Set(rows.filter((r) => r.isMoney).map((r) => r.id));
  return rows
    .filter((r) => r.isMoney && (r.parentId === null || !money.has(r.parentId)))
    .map((root) => {
      const children = rows.filter((r) => r.parentId === root.id);
      return { root, parts: children.length ? children : [root] };
    });
}

export interface MoneyText {
  actual: string;
  target: string;
  estimate: string;
}

export interface MoneyColors {
  actual: string;
  target: string;
  text: string;
  grid: string;
  font: string;
}

/** Horizontal bars (names read on a phone): the value of each source and its target, numbers the Vietnamese way. */
export function moneyOption(
  g: MoneyGroup,
  text: MoneyText,
  colors: MoneyColors,
  compact: boolean,
): DashboardChartOption {
  const parts = g.parts;
  const tick = (v: number) => formatNumber(v, Math.abs(v) >= 100 ? 0 : 1);
  return {
    animation: false,
    textStyle: { fontFamily: colors.font },
    grid: {
      left: 4,
      right: 64,
      top: 8,
      bottom: 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: {
      data: [text.actual, text.target],
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
        const p = first ? parts[first.dataIndex] : undefined;
        if (!p) return '';
        const v = fmtValue(p, p.value);
        const lines = [
          `<div style="font-weight:600;margin-bottom:4px">${encodeHTML(`${p.code} · ${p.name}`)}</div>`,
          `<div>${encodeHTML(text.actual)}: <b>${encodeHTML(v ? (p.isEstimate ? `${v} (${text.estimate})` : v) : '—')}</b></div>`,
          `<div>${encodeHTML(text.target)}: <b>${encodeHTML(fmtValue(p, p.target) || '—')}</b></div>`,
        ];
        return lines.join('');
      },
    },
    xAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: colors.grid, type: [3, 3] } },
      axisLabel: { color: colors.text, fontSize: 12, formatter: tick, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: parts.map((p) => p.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colors.grid } },
      axisLabel: {
        color: colors.text,
        fontSize: 12,
        width: compact ? 104 : 200,
        overflow: 'break',
        lineHeight: 15,
      },
    },
    series: [
      {
        name: text.actual,
        type: 'bar',
        data: parts.map((p) => p.value ?? '-'),
        itemStyle: { color: colors.actual, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          fontSize: 12,
          color: colors.text,
          formatter: (x) => (typeof x.value === 'number' ? tick(x.value) : ''),
        },
      },
      {
        name: text.target,
        type: 'bar',
        data: parts.map((p) => p.target ?? '-'),
        itemStyle: { color: colors.target, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 18,
      },
    ],
  };
}
