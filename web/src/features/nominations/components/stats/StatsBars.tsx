import { formatNumber } from '@thidua/shared';
import { Empty, Grid, Table, theme } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../dashboard/components/ChartCard.tsx';
import { useChart } from '../../../dashboard/hooks/useChart.ts';
import { type StatRow, statsOption } from '../../lib/stats-option.ts';

function Bars({ rows, label }: { rows: StatRow[]; label: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const compact = Grid.useBreakpoint().md === false;
  const option = useMemo(
    () =>
      statsOption(
        rows,
        { nominated: t('nominations.stats.nominated'), awarded: t('nominations.stats.awarded') },
        {
          nominated: token.colorPrimaryBorder,
          awarded: token.colorPrimary,
          text: token.colorTextSecondary,
          grid: token.colorBorderSecondary,
          font: token.fontFamily,
        },
        compact,
      ),
    [rows, t, token, compact],
  );
  const ref = useChart(option);
  return (
    <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 60 + rows.length * 56 }} />
  );
}

/** Nominated and awarded per row (award form or unit): bars, or the same numbers as a table. */
export function StatsBars({
  title,
  rows,
  nameTitle,
}: {
  title: ReactNode;
  rows: StatRow[];
  nameTitle: string;
}) {
  const { t } = useTranslation();
  if (!rows.length)
    return (
      <ChartCard
        title={title}
        chart={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.stats.none')} />}
        table={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.stats.none')} />}
      />
    );
  return (
    <ChartCard
      title={title}
      chart={<Bars rows={rows} label={String(title)} />}
      table={
        <Table<StatRow>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'name', title: nameTitle, dataIndex: 'name' },
            {
              key: 'nominated',
              title: t('nominations.stats.nominated'),
              align: 'right',
              width: 110,
              render: (_, r) => formatNumber(r.nominated),
            },
            {
              key: 'awarded',
              title: t('nominations.stats.awarded'),
              align: 'right',
              width: 130,
              render: (_, r) => formatNumber(r.awarded),
            },
          ]}
        />
      }
    />
  );
}
