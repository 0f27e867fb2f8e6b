import { formatNumber, type RewardStats } from '@thidua/shared';
import { Card, Empty, Grid, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { share } from './StatsFigures.tsx';

type UnitRow = RewardStats['byUnit'][number];
type ReasonRow = RewardStats['reasons'][number];

/** Nominated and awarded per proposing unit, with the share awarded. */
export function ByUnitTable({ rows }: { rows: UnitRow[] }) {
  const { t } = useTranslation();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  return (
    <Card size={size} title={t('nominations.stats.byUnit')} style={{ marginBottom: 16 }}>
      <Table<UnitRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 380 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.stats.none')} />,
        }}
        columns={[
          { key: 'unit', title: t('nominations.stats.unit'), dataIndex: 'unitName' },
          {
            key: 'n',
            title: t('nominations.stats.nominated'),
            align: 'right',
            width: 76,
            render: (_, r) => formatNumber(r.nominated),
          },
          {
            key: 'a',
            title: t('nominations.stats.awarded'),
            align: 'right',
            width: 104,
            render: (_, r) => formatNumber(r.awarded),
          },
          {
            key: 's',
            title: t('nominations.stats.awardedRate'),
            align: 'right',
            width: 72,
            render: (_, r) => share(r.nominated ? r.awarded / r.nominated : null),
          },
        ]}
      />
    </Card>
  );
}

/** Why dossiers were refused or returned, most frequent first. */
export function ReasonsTable({ rows }: { rows: ReasonRow[] }) {
  const { t } = useTranslation();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return (
    <Card size={size} title={t('nominations.stats.reasons')} style={{ marginBottom: 16 }}>
      <Table<ReasonRow>
        rowKey="reason"
        size="small"
        pagination={false}
        dataSource={sorted}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.stats.noReasons')} />
          ),
        }}
        columns={[
          {
            key: 'reason',
            title: t('nominations.stats.reason'),
            dataIndex: 'reason',
            render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
          },
          {
            key: 'count',
            title: t('nominations.stats.count'),
            align: 'right',
            width: 90,
            render: (_, r) => formatNumber(r.count),
          },
        ]}
      />
    </Card>
  );
}
