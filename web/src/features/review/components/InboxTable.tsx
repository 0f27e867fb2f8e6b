import { RightOutlined } from '@ant-design/icons';
import { formatDateTime, formatNumber, type ReportListItem } from '@thidua/shared';
import { Empty, Flex, Grid, Progress, Table, type TableColumnsType, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ReportStatusTag, TimelinessTag } from '../../reports/components/StatusTags.tsx';

const reportPath = (r: ReportListItem) => (r.reportId === null ? null : `/bao-cao/${r.reportId}`);

/** "7/12 chỉ tiêu" with a thin bar. */
function Filled({ r }: { r: ReportListItem }) {
  const { t } = useTranslation();
  const pct = r.indicatorCount > 0 ? Math.round((100 * r.filledCount) / r.indicatorCount) : 0;
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>
        {t('review.filledOf', { filled: formatNumber(r.filledCount), total: formatNumber(r.indicatorCount) })}
      </Typography.Text>
      <Progress
        percent={pct}
        size="small"
        showInfo={false}
        status={pct >= 100 ? 'success' : 'normal'}
        aria-label={t('review.filledPercent', { pct })}
        style={{ margin: 0, maxWidth: 120 }}
      />
    </Flex>
  );
}

function Submitted({ r }: { r: ReportListItem }) {
  return r.submittedAt ? (
    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.submittedAt)}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

/** Phones: one card per unit instead of a wide table; a card with a report is one big link to it. */
function InboxCards({ rows, empty }: { rows: ReportListItem[]; empty: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (rows.length === 0) return <>{empty}</>;
  const box = {
    display: 'block',
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadiusLG,
    padding: '10px 12px',
    color: 'inherit',
  };
  return (
    <ul
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {rows.map((r) => {
        const to = reportPath(r);
        const body = (
          <Flex justify="space-between" align="center" gap={8}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Typography.Text strong style={to ? { color: token.colorLink } : undefined}>
                {r.unitName}
              </Typography.Text>
              <Flex gap={6} wrap>
                <ReportStatusTag status={r.status} />
                <TimelinessTag value={r.timeliness} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.submittedAt
                  ? t('review.submittedOn', { time: formatDateTime(r.submittedAt) })
                  : t('review.notSubmitted')}
                {' · '}
                {t('review.filledOf', {
                  filled: formatNumber(r.filledCount),
                  total: formatNumber(r.indicatorCount),
                })}
              </Typography.Text>
              {r.reviewComment && (
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
                  {t('review.commentPrefix')} {r.reviewComment}
                </Typography.Paragraph>
              )}
            </Flex>
            {to && <RightOutlined aria-hidden style={{ color: token.colorTextTertiary }} />}
          </Flex>
        );
        return (
          <li key={`${r.unitId}-${r.periodId}`}>
            {to ? (
              <Link to={to} style={box}>
                {body}
              </Link>
            ) : (
              <div style={box}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The units of the period: status, timeliness, when sent, how complete, the office's comment; a row opens the report. */
export function InboxTable({
  rows,
  loading,
  filtered,
}: {
  rows: ReportListItem[];
  loading: boolean;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('review.noResults') : t('review.empty')}
    />
  );
  if (screens.md === false) return <InboxCards rows={rows} empty={empty} />;

  const columns: TableColumnsType<ReportListItem> = [
    {
      key: 'unit',
      title: t('review.unit'),
      width: 220,
      render: (_, r) => {
        const to = reportPath(r);
        return (
          <Flex vertical gap={0} style={{ minWidth: 0 }}>
            {to ? (
              <Link to={to} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500 }}>
                {r.unitName}
              </Link>
            ) : (
              <Typography.Text style={{ fontWeight: 500 }}>{r.unitName}</Typography.Text>
            )}
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {r.unitCode}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      key: 'status',
      title: t('review.status'),
      width: 150,
      render: (_, r) => <ReportStatusTag status={r.status} />,
    },
    {
      key: 'timeliness',
      title: t('review.timeliness'),
      width: 150,
      render: (_, r) => <TimelinessTag value={r.timeliness} />,
    },
    {
      key: 'submittedAt',
      title: t('review.submittedAt'),
      width: 130,
      sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
      render: (_, r) => <Submitted r={r} />,
    },
    { key: 'filled', title: t('review.filled'), width: 110, render: (_, r) => <Filled r={r} /> },
    {
      key: 'comment',
      title: t('review.comment'),
      render: (_, r) =>
        r.reviewComment ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.reviewComment }} style={{ margin: 0 }}>
            {r.reviewComment}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'open',
      title: '',
      width: 130,
      align: 'right',
      render: (_, r) => {
        const to = reportPath(r);
        return to ? (
          <Link to={to} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
            {r.status === 'submitted' ? t('review.openReview') : t('review.open')}
          </Link>
        ) : (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('review.notSubmitted')}
          </Typography.Text>
        );
      },
    },
  ];

  return (
    <Table<ReportListItem>
      rowKey={(r) => `${r.unitId}-${r.periodId}`}
      columns={columns}
      dataSource={rows}
      loading={loading}
      tableLayout="fixed"
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(r) => {
        const to = reportPath(r);
        return to ? { onClick: () => navigate(to), style: { cursor: 'pointer' } } : {};
      }}
      locale={{ emptyText: empty }}
    />
  );
}
