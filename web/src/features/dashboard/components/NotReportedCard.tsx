import { type Dashboard, formatNumber } from '@thidua/shared';
import { Alert, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDay } from '../../campaigns/lib/format.ts';
import { REPORT_STATUS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import { reportPath } from '../api.ts';
import type { DashboardFilters } from '../lib/filters.ts';
import { ExportButtons } from './ExportButtons.tsx';

type Row = Dashboard['notReported'][number];

/** Units whose report for the period is not in yet: status, due date, days late, a link to the report. */
export function NotReportedCard({ data, filters }: { data: Dashboard; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const rows = data.notReported;
  const title = t('dashboard.notReported.title', { count: rows.length });
  return (
    <Card
      id="not-reported"
      size={size}
      title={title}
      styles={{ header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 }, title: { whiteSpace: 'normal' } }}
      extra={
        rows.length > 0 && (
          <Flex gap={8} wrap>
            <ExportButtons campaignId={data.campaignId} view="not_reported" filters={filters} what={title} />
          </Flex>
        )
      }
    >
      {rows.length === 0 ? (
        <Alert type="success" showIcon title={t('dashboard.notReported.allDone')} />
      ) : (
        <Table<Row>
          rowKey="unitId"
          size="small"
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small', hideOnSinglePage: true } : false}
          scroll={{ x: 500 }}
          columns={[
            {
              key: 'unit',
              title: t('dashboard.notReported.unit'),
              render: (_, r) =>
                r.reportId === null ? (
                  r.unitName
                ) : (
                  <Link
                    to={reportPath(r.reportId)}
                    title={t('dashboard.notReported.openReport')}
                    aria-label={`${t('dashboard.notReported.openReport')}: ${r.unitName}`}
                  >
                    {r.unitName}
                  </Link>
                ),
            },
            {
              key: 'status',
              title: t('dashboard.notReported.status'),
              width: 132,
              render: (_, r) => (
                <Tag color={REPORT_STATUS_COLORS[r.status]} style={{ marginInlineEnd: 0 }}>
                  {labels.status(r.status)}
                </Tag>
              ),
            },
            {
              key: 'due',
              title: t('dashboard.notReported.due'),
              width: 104,
              render: (_, r) => formatDay(r.dueOn),
            },
            {
              key: 'late',
              title: t('dashboard.notReported.daysLate'),
              width: 104,
              align: 'right',
              render: (_, r) =>
                r.daysLate > 0 ? (
                  <Typography.Text type="danger">
                    {t('dashboard.notReported.days', { count: r.daysLate, n: formatNumber(r.daysLate) })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('dashboard.notReported.notYetDue')}</Typography.Text>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
