import type { CityDashboard } from '@thidua/shared';
import { Alert, Card, Grid, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { upwardPath } from '../api.ts';
import { UPWARD_COLORS, useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';

type Row = CityDashboard['notReported'][number];

/** Wards whose aggregated report for the period is not in (never sent, returned, withdrawn, no campaign) and why. */
export function NotReportedWards({ data }: { data: CityDashboard }) {
  const t = useCityT();
  const labels = useCityLabels();
  const phone = Grid.useBreakpoint().md === false;
  const rows = data.notReported;
  return (
    <Card
      id="city-not-reported"
      size={phone ? 'small' : undefined}
      title={t('city.notReported.title', { count: rows.length })}
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      {rows.length === 0 ? (
        <Alert type="success" showIcon title={t('city.notReported.allDone')} />
      ) : (
        <Table<Row>
          rowKey="unitId"
          size="small"
          dataSource={rows}
          pagination={rows.length > 15 ? { pageSize: 15, size: 'small', hideOnSinglePage: true } : false}
          columns={[
            {
              key: 'ward',
              title: t('city.notReported.ward'),
              render: (_, r) =>
                r.campaignId ? <Link to={upwardPath(r.campaignId, data.period.id)}>{r.name}</Link> : r.name,
            },
            {
              key: 'reason',
              title: t('city.notReported.reason'),
              render: (_, r) => (
                <span>
                  {r.status && (
                    <Tag color={UPWARD_COLORS[r.status]} style={{ marginInlineEnd: 6 }}>
                      {labels.upward(r.status)}
                    </Tag>
                  )}
                  {t(`city.notReported.reasons.${r.reason}`)}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
