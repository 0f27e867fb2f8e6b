import { MessageOutlined, RightOutlined } from '@ant-design/icons';
import { formatNumber, type ReportListItem } from '@thidua/shared';
import { Button, Card, Empty, Flex, Progress, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../campaigns/lib/format.ts';
import { itemKey } from '../lib/sort.ts';
import { ReportStatusTag, TimelinessTag } from './StatusTags.tsx';

interface ListProps {
  items: ReportListItem[];
  loading: boolean;
  opening: string | null;
  onOpen: (r: ReportListItem) => void;
  empty: string;
}

/** "Bắt đầu nhập" · "Tiếp tục nhập" · "Sửa và gửi lại" · "Xem". */
function OpenButton({
  item: r,
  opening,
  onOpen,
}: { item: ReportListItem } & Pick<ListProps, 'opening' | 'onOpen'>) {
  const { t } = useTranslation();
  const label = {
    not_started: t('reports.openStart'),
    draft: t('reports.openContinue'),
    returned: t('reports.openFix'),
    submitted: t('reports.openView'),
    accepted: t('reports.openView'),
  }[r.status];
  const todo = r.status === 'not_started' || r.status === 'draft' || r.status === 'returned';
  return (
    <Button
      type={todo ? 'primary' : 'default'}
      ghost={todo}
      size="small"
      loading={opening === itemKey(r)}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(r);
      }}
      aria-label={`${label}: ${r.periodLabel} – ${r.unitName}`}
    >
      {label} <RightOutlined />
    </Button>
  );
}

/** The office's reason for returning a report, where the unit sees it at once. */
function ReturnComment({ item: r }: { item: ReportListItem }) {
  const { t } = useTranslation();
  if (r.status !== 'returned') return null;
  return (
    <Typography.Paragraph
      style={{ margin: '4px 0 0', fontSize: 13, whiteSpace: 'pre-wrap', color: '#ad4e00' }}
      ellipsis={{ rows: 3, expandable: 'collapsible' }}
    >
      <MessageOutlined />{' '}
      {t('reports.returnedBecause', { comment: r.reviewComment || t('reports.noComment') })}
    </Typography.Paragraph>
  );
}

function Filled({ item: r }: { item: ReportListItem }) {
  const { t } = useTranslation();
  if (r.indicatorCount === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const pct = Math.round((r.filledCount / r.indicatorCount) * 100);
  return (
    <Flex vertical gap={0}>
      <Typography.Text style={{ fontSize: 13 }}>
        {t('reports.filled', { filled: formatNumber(r.filledCount), total: formatNumber(r.indicatorCount) })}
      </Typography.Text>
      <Progress percent={pct} size="small" showInfo={false} style={{ margin: 0, width: 110 }} />
    </Flex>
  );
}

/** Reports as a table (wide screens). */
export function ReportListTable({ items, loading, opening, onOpen, empty }: ListProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ReportListItem> = [
    {
      key: 'period',
      title: t('reports.period'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{r.periodLabel}</Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: r.campaignTitle }} style={{ fontSize: 12 }}>
            {r.campaignTitle}
          </Typography.Text>
          <ReturnComment item={r} />
        </Flex>
      ),
    },
    { key: 'unit', title: t('reports.unit'), width: 150, render: (_, r) => r.unitName },
    {
      key: 'due',
      title: t('reports.dueOn'),
      width: 104,
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(r.dueOn)}</span>,
    },
    {
      key: 'status',
      title: t('reports.status'),
      width: 190,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <ReportStatusTag status={r.status} />
          <TimelinessTag value={r.timeliness} />
        </Flex>
      ),
    },
    { key: 'filled', title: t('reports.filledTitle'), width: 130, render: (_, r) => <Filled item={r} /> },
    {
      key: 'open',
      title: '',
      width: 150,
      align: 'right',
      render: (_, r) => <OpenButton item={r} opening={opening} onOpen={onOpen} />,
    },
  ];
  return (
    <Table<ReportListItem>
      rowKey={itemKey}
      columns={columns}
      dataSource={items}
      loading={loading}
      tableLayout="fixed"
      scroll={{ x: 860 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(r) => ({ onClick: () => onOpen(r), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}

/** Reports as cards (phones). */
export function ReportListCards({ items, loading, opening, onOpen, empty }: ListProps) {
  const { t } = useTranslation();
  if (items.length === 0 && !loading)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Flex vertical gap={10}>
      {items.map((r) => (
        <Card
          key={itemKey(r)}
          size="small"
          hoverable
          onClick={() => onOpen(r)}
          styles={{ body: { padding: 12 } }}
        >
          <Flex vertical gap={6}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong>{r.periodLabel}</Typography.Text>
              <ReportStatusTag status={r.status} />
            </Flex>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {r.campaignTitle}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 13 }}>
              {r.unitName} · {t('reports.dueShort', { day: formatDay(r.dueOn) })}
            </Typography.Text>
            <Flex gap={6} wrap align="center">
              <TimelinessTag value={r.timeliness} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('reports.filled', {
                  filled: formatNumber(r.filledCount),
                  total: formatNumber(r.indicatorCount),
                })}
              </Typography.Text>
            </Flex>
            <ReturnComment item={r} />
            <Flex justify="flex-end">
              <OpenButton item={r} opening={opening} onOpen={onOpen} />
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
