import { Empty, Flex, Table, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { PROGRESS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import { type DashIndicator, fmtShare, fmtTarget, fmtWithUnit, noDataText } from '../lib/format.ts';
import { ChartCard } from './ChartCard.tsx';
import { Gauge } from './Gauge.tsx';
import { ValueLink } from './ValueCell.tsx';

function GaugeTile({ indicator: i, onOpen }: { indicator: DashIndicator; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { token } = theme.useToken();
  const target = fmtTarget(i);
  return (
    <Flex
      vertical
      gap={2}
      data-testid={`gauge-${i.code}`}
      style={{
        flex: '1 1 150px',
        maxWidth: 340,
        minWidth: 0,
        padding: '8px 12px 12px',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <Typography.Text strong ellipsis={{ tooltip: i.name }}>
        {i.code} · {i.name}
      </Typography.Text>
      {i.completion === null ? (
        <Flex align="center" justify="center" style={{ height: 130, textAlign: 'center' }}>
          <Typography.Text type="secondary">
            {noDataText(i.noData, lang, t('dashboard.noData'))}
          </Typography.Text>
        </Flex>
      ) : (
        <Gauge
          completion={i.completion}
          status={i.status}
          label={`${i.code}: ${t('dashboard.gauges.completion')} ${fmtShare(i.completion)}`}
        />
      )}
      {i.value === null ? (
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('dashboard.gauges.target', { target: fmtWithUnit(i, i.target) || target || '—' })}
        </Typography.Text>
      ) : (
        <Flex gap={4} wrap justify="center" align="baseline">
          <ValueLink indicator={i} onOpen={onOpen} />
          {target && (
            <Typography.Text type="secondary">/ {fmtWithUnit(i, i.target) || target}</Typography.Text>
          )}
          {i.isEstimate && <Tag style={{ marginInlineEnd: 0 }}>{t('dashboard.table.estimate')}</Tag>}
        </Flex>
      )}
      {i.planned !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
          {t('dashboard.gauges.planFor', { planned: fmtWithUnit(i, i.planned) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Gauges of the key indicators' completion against the whole campaign's target, with a table view. */
export function KeyGauges({ rows, onOpen }: { rows: DashIndicator[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  // With a unit filter, the key indicators that unit does not report are left out rather than shown empty.
  const keys = rows.filter((r) => r.isKey && r.noData !== 'not_assigned');
  const table = (
    <Table<DashIndicator>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={keys}
      scroll={{ x: 640 }}
      columns={[
        { key: 'code', title: t('dashboard.table.code'), dataIndex: 'code', width: 80 },
        { key: 'name', title: t('dashboard.table.name'), dataIndex: 'name' },
        {
          key: 'value',
          title: t('dashboard.table.value'),
          align: 'right',
          render: (_, i) => <ValueLink indicator={i} onOpen={onOpen} withUnit />,
        },
        { key: 'target', title: t('dashboard.table.target'), align: 'right', render: (_, i) => fmtTarget(i) },
        {
          key: 'completion',
          title: t('dashboard.table.completion'),
          align: 'right',
          render: (_, i) => fmtShare(i.completion) || '—',
        },
        {
          key: 'status',
          title: t('dashboard.table.status'),
          render: (_, i) => <Tag color={PROGRESS_COLORS[i.status]}>{labels.progress(i.status)}</Tag>,
        },
      ]}
    />
  );
  return (
    <ChartCard
      id="key-indicators"
      title={t('dashboard.gauges.title')}
      chart={
        keys.length ? (
          <Flex gap={12} wrap>
            {keys.map((i) => (
              <GaugeTile key={i.id} indicator={i} onOpen={onOpen} />
            ))}
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.gauges.empty')} />
        )
      }
      table={table}
    />
  );
}
