import type { Scorecard } from '@thidua/shared';
import { useEffect, useMemo } from 'react';
import { useEChart } from '../../../schedules/hooks/useEChart.ts';
import type { LineChartOption } from '../../../schedules/lib/echarts.ts';

type History = Scorecard['indicators'][number]['history'];

/**
 * A tiny line of the unit's value per period (blue, dots) over its plan (grey, dashed). No axes: the numbers are
 * in the row and in `label` for screen readers.
 */
export function Sparkline({ history, label }: { history: History; label: string }) {
  const { ref, setOption } = useEChart();
  const option = useMemo<LineChartOption>(
    () => ({
      animation: false,
      grid: { left: 4, right: 4, top: 6, bottom: 6 },
      xAxis: { type: 'category', show: false, data: history.map((h) => h.periodId), boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: history.map((h) => h.planned),
          lineStyle: { color: '#8c8c8c', width: 1, type: 'dashed' },
          symbol: 'none',
          silent: true,
        },
        {
          type: 'line',
          data: history.map((h) => h.value),
          lineStyle: { color: '#1456a0', width: 2 },
          itemStyle: { color: '#1456a0' },
          symbol: 'circle',
          symbolSize: 5,
          connectNulls: false,
          silent: true,
        },
      ],
    }),
    [history],
  );
  useEffect(() => setOption(option), [setOption, option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: 120, height: 36 }} />;
}
