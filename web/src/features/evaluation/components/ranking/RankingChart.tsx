import { formatNumber, type Ranking } from '@thidua/shared';
import { Grid, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChart } from '../../../dashboard/hooks/useChart.ts';
import type { DashboardChartOption } from '../../../schedules/lib/echarts.ts';
import { fmtScore } from '../../lib/format.ts';

/** Bar fills by band place (highest first); dark enough for white labels, light enough for the names beside. */
const BAND_FILLS = ['#237804', '#1456a0', '#ad6800', '#a8071a', '#595959'];

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Totals as horizontal bars, best first, each coloured by its band. Units without a total are left out. */
export function RankingChart({ data }: { data: Ranking }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const phone = Grid.useBreakpoint().md === false;
  const rows = useMemo(() => data.rows.filter((r) => r.total !== null), [data]);
  const option = useMemo<DashboardChartOption>(() => {
    const sorted = [...data.settings.bands].sort((a, b) => b.min - a.min);
    const fill = (code: string | undefined) => {
      const i = sorted.findIndex((b) => b.code === code);
      return BAND_FILLS[Math.min(i < 0 ? BAND_FILLS.length - 1 : i, BAND_FILLS.length - 1)];
    };
    const shown = [...rows].reverse(); // ECharts draws the first category at the bottom
    return {
      animation: false,
      textStyle: { fontFamily: token.fontFamily },
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const r = shown[(p as { dataIndex: number }).dataIndex];
          return r
            ? `${r.unit.name}<br/>${t('evaluation.total')}: ${fmtScore(r.total)} · ${r.band?.label ?? ''}`
            : '';
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 10,
        interval: 2,
        axisLabel: { color: token.colorTextSecondary, formatter: (v: number) => fmtScore(v) },
        splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      },
      yAxis: {
        type: 'category',
        data: shown.map((r) => cut(r.unit.name, phone ? 16 : 34)),
        axisLabel: { color: token.colorText, fontSize: phone ? 11 : 12 },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: shown.map((r) => ({ value: r.total ?? 0, itemStyle: { color: fill(r.band?.code) } })),
          label: {
            show: true,
            position: 'right',
            color: token.colorText,
            formatter: (p) => fmtScore(Number((p as { value: number }).value)),
          },
        },
      ],
    };
  }, [rows, data.settings.bands, token, phone, t]);
  const ref = useChart(option);
  const left = data.rows.length - rows.length;
  return (
    <figure style={{ margin: 0 }} aria-label={t('evaluation.chartLabel')}>
      <div ref={ref} style={{ width: '100%', height: Math.max(160, rows.length * 26 + 40) }} />
      {left > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('evaluation.chartLeftOut', { n: formatNumber(left) })}
        </Typography.Text>
      )}
    </figure>
  );
}
