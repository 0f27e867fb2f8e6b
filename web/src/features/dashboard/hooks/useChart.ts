import { useCallback, useEffect, useRef } from 'react';
import { type DashboardChartOption, echarts } from '../../schedules/lib/echarts.ts';

/**
 * An ECharts instance (SVG) on the returned div ref, for the dashboard's gauges and bars: follows the div's size
 * and is disposed on unmount (the schedule chart's `useEChart`, with the dashboard's option type).
 */
export function useChart(option: DashboardChartOption) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  const apply = useCallback((o: DashboardChartOption) => {
    chart.current?.setOption(o, { notMerge: true });
  }, []);
  useEffect(() => apply(option), [apply, option]);

  return ref;
}
