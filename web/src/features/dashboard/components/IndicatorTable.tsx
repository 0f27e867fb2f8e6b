import type { ProgressStatus } from '@thidua/shared';
import {
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import type { DashboardFilters } from '../lib/filters.ts';
import { type DashIndicator, fmtScore, fmtShare, fmtTarget, fmtValue } from '../lib/format.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { IndicatorCards } from './IndicatorCards.tsx';
import { TrendMark } from './TrendMark.tsx';
import { ValueCell } from './ValueCell.tsx';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * Every indicator of the period: target, plan to date, value (a link to its sources), completion, score, status
 * and trend; CSV and Excel downloads of the same rows. A status picked above narrows the list.
 */
export function IndicatorTable({
  campaignId,
  rows,
  filters,
  status,
  onClearStatus,
  onOpen,
}: {
  campaignId: number;
  rows: DashIndicator[];
  filters: DashboardFilters;
  status: ProgressStatus | null;
  onClearStatus: () => void;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const shown = status ? rows.filter((r) => r.status === status) : rows;
  const columns: TableColumnsType<DashIndicator> = [
    {
      key: 'code',
      title: t('dashboard.table.code'),
      width: 76,
      render: (_, i) => (
        <span style={{ paddingInlineStart: i.depth * 8, whiteSpace: 'nowrap' }}>{i.code}</span>
      ),
    },
    {
      key: 'name',
      title: t('dashboard.table.name'),
      render: (_, i) => (
        <span style={{ paddingInlineStart: i.depth * 10, fontWeight: i.depth ? undefined : 500 }}>
          {i.name}
        </span>
      ),
    },
    { key: 'uom', title: t('dashboard.table.uom'), dataIndex: 'unitOfMeasure', width: 84 },
    {
      key: 'target',
      title: t('dashboard.table.target'),
      align: 'right',
      width: 100,
      render: (_, i) => fmtTarget(i) || dash,
    },
    {
      key: 'planned',
      title: t('dashboard.table.planned'),
      align: 'right',
      width: 100,
      render: (_, i) => fmtValue(i, i.planned) || dash,
    },
    {
      key: 'value',
      title: t('dashboard.table.value'),
      align: 'right',
      width: 128,
      render: (_, i) => <ValueCell indicator={i} onOpen={onOpen} />,
    },
    {
      key: 'completion',
      title: t('dashboard.table.completion'),
      align: 'right',
      width: 88,
      render: (_, i) => fmtShare(i.completion) || dash,
    },
    {
      key: 'score',
      title: t('dashboard.table.score'),
      align: 'right',
      width: 64,
      render: (_, i) =>
        i.score === null ? (
          dash
        ) : i.redFlag ? (
          <Tooltip title={t('dashboard.table.redFlag')}>
            <Typography.Text type="danger">{fmtScore(i.score)}</Typography.Text>
          </Tooltip>
        ) : (
          fmtScore(i.score)
        ),
    },
    {
      key: 'status',
      title: t('dashboard.table.status'),
      width: 128,
      render: (_, i) => (
        <Tag color={PROGRESS_COLORS[i.status]} style={{ marginInlineEnd: 0 }}>
          {labels.progress(i.status)}
        </Tag>
      ),
    },
    {
      key: 'trend',
      title: t('dashboard.table.trend'),
      width: 120,
      render: (_, i) => (
        <TrendMark
          trend={i.trend}
          detail={
            i.previousValue !== null && t('dashboard.trend.from', { value: fmtValue(i, i.previousValue) })
          }
        />
      ),
    },
  ];
  const title = t('dashboard.table.title');
  return (
    <Card
      id="indicators"
      size={size}
      title={title}
      styles={{ header: { flexWrap: 'wrap', rowGap: 8, paddingBlock: 8 }, title: { whiteSpace: 'normal' } }}
      extra={
        <Flex gap={8} wrap>
          <ExportButtons campaignId={campaignId} view="indicators" filters={filters} what={title} />
        </Flex>
      }
    >
      {status && (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <Tag color={PROGRESS_COLORS[status]}>
            {t('dashboard.table.onlyStatus', { status: labels.progress(status) })}
          </Tag>
          <Button type="link" size="small" onClick={onClearStatus}>
            {t('dashboard.table.showAll')}
          </Button>
        </Flex>
      )}
      {size === 'small' ? (
        shown.length ? (
          <IndicatorCards rows={shown} onOpen={onOpen} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.table.empty')} />
        )
      ) : (
        <Table<DashIndicator>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={shown}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 1090 }}
          locale={{ emptyText: t('dashboard.table.empty') }}
          onRow={(i) => ({ 'data-code': i.code }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
