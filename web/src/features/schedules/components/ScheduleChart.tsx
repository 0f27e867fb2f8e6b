import type { Direction, Indicator } from '@thidua/shared';
import { Flex, Typography, theme } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEChart } from '../hooks/useEChart.ts';
import type { ChartRow } from '../lib/chart-data.ts';
import { fmtValue } from '../lib/format.ts';
import { ACTUAL, COMPACT_WIDTH, drawsBand, scheduleOption } from '../lib/schedule-chart-option.ts';

/**
 * The progress line: planned path (a ceiling area for "không vượt quá", a shaded band for "trong khoảng" and
 * "duy trì"), the actual values with estimates marked, the projection to the end dashed, the target and today's
 * period marked. Drawn with ECharts (SVG) on a div that follows its container's width.
 */
export function ScheduleChart({
  indicator,
  direction,
  rows,
  target,
  todayPeriodId,
}: {
  indicator: Indicator;
  direction: Direction;
  rows: ChartRow[];
  target: number | null;
  todayPeriodId: string | null;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const hasEstimate = rows.some((r) => r.actual !== null && r.isEstimate);
  const plannedName = drawsBand(direction, rows)
    ? t('schedules.series.bandCentre')
    : direction === 'at_most'
      ? t('schedules.series.ceiling')
      : t('schedules.series.planned');
  const { ref, width, setOption } = useEChart();
  const compact = width > 0 && width < COMPACT_WIDTH;
  const option = useMemo(
    () =>
      scheduleOption({
        indicator,
        direction,
        rows,
        target,
        todayPeriodId,
        compact,
        width,
        text: {
          planned: plannedName,
          band: t('schedules.series.band'),
          actual: t('schedules.series.actual'),
          projection: t('schedules.series.projection'),
          estimate: t('schedules.estimate'),
          target: target === null ? '' : t('schedules.targetMark', { value: fmtValue(indicator, target) }),
          today: t('schedules.today'),
        },
        colors: {
          text: token.colorTextSecondary,
          grid: token.colorBorderSecondary,
          todayLine: token.colorTextTertiary,
          font: token.fontFamily,
        },
      }),
    [indicator, direction, rows, target, todayPeriodId, compact, width, plannedName, t, token],
  );
  useEffect(() => setOption(option), [setOption, option]);

  return (
    <figure style={{ margin: 0 }} aria-label={t('schedules.chartLabel', { name: indicator.name })}>
      <div ref={ref} style={{ width: '100%', height: compact ? 360 : 340 }} />
      {hasEstimate && (
        <Flex component="figcaption" gap={6} align="center" style={{ marginTop: 4 }}>
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="5" fill="#fff" stroke={ACTUAL} strokeWidth={2} strokeDasharray="2 2" />
          </svg>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('schedules.estimateNote')}
          </Typography.Text>
        </Flex>
      )}
    </figure>
  );
}
