import { useCallback, useEffect, useRef, useState } from 'react';
import { echarts, type LineChartOption } from '../lib/echarts.ts';

/**
 * Mounts an ECharts instance (SVG) on the returned div ref for the component's lifetime: it follows the div's size
 * (ResizeObserver) and is disposed on unmount. `width` is the div's current width, for layouts that change on a
 * phone; `setOption` replaces the whole option (call it from an effect).
 */
export function useEChart() {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'svg' });
    chart.current = c;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
      c.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  const setOption = useCallback((option: LineChartOption) => {
    chart.current?.setOption(option, { notMerge: true });
  }, []);

  return { ref, width, setOption };
}
