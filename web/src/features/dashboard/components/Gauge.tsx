import type { ProgressStatus } from '@thidua/shared';
import { theme } from 'antd';
import { useMemo } from 'react';
import { useChart } from '../hooks/useChart.ts';
import { fmtShare } from '../lib/format.ts';

/** The status colours of the gauges (the same meaning as the status tags). */
export function useStatusColors(): Record<ProgressStatus, string> {
  const { token } = theme.useToken();
  return {
    achieved: token.colorSuccess,
    on_track: token.colorPrimary,
    at_risk: token.colorWarning,
    off_track: token.colorError,
    no_data: token.colorTextQuaternary,
  };
}

/**
 * A half-ring gauge of completion (0–100 %, an over-achievement fills the ring and says "112 %"), coloured by the
 * indicator's status. Drawn only when the completion is known; the caller says why when it is not.
 */
export function Gauge({
  completion,
  status,
  label,
}: {
  completion: number;
  status: ProgressStatus;
  label: string;
}) {
  const { token } = theme.useToken();
  const color = useStatusColors()[status];
  const option = useMemo(
    () => ({
      series: [
        {
          type: 'gauge' as const,
          min: 0,
          max: 100,
          startAngle: 200,
          endAngle: -20,
          radius: '100%',
          center: ['50%', '62%'],
          progress: { show: true, width: 14, itemStyle: { color } },
          axisLine: {
            lineStyle: { width: 14, color: [[1, token.colorFillSecondary]] as [number, string][] },
          },
          axisTick: { show: false },
          splitLine: { show: false },
          axisLabel: { show: false },
          pointer: { show: false },
          anchor: { show: false },
          title: { show: false },
          detail: {
            offsetCenter: [0, '-8%'],
            fontSize: 22,
            fontWeight: 600,
            fontFamily: token.fontFamily,
            color: token.colorText,
            formatter: () => fmtShare(completion),
          },
          data: [{ value: Math.max(0, Math.min(100, completion * 100)) }],
        },
      ],
    }),
    [completion, color, token],
  );
  const ref = useChart(option);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 130 }} />;
}
