import { MessageOutlined, RightOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { formatDate, type Nomination } from '@thidua/shared';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../campaigns/lib/format.ts';
import { todayVn, useRewardLabels } from '../lib/labels.ts';
import { NominationStatusTag } from './NominationStatusTag.tsx';

interface ListProps {
  items: Nomination[];
  loading: boolean;
  onOpen: (n: Nomination) => void;
  empty: string;
  /** What the user does next with this nomination: check it (office), fix and send it (unit), or read it. */
  next: (n: Nomination) => 'check' | 'fix' | 'view';
}

/** Whether the office's check of a sent dossier is overdue. */
export const checkOverdue = (n: Nomination, today = todayVn()) =>
  n.status === 'submitted' && n.checkDueOn !== null && n.checkDueOn < today;

/** "Nguyễn Thị Hồng Nhung" with a person or group icon and the nominee's unit. */
function Nominee({ n }: { n: Nomination }) {
  const labels = useRewardLabels();
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong>
        {n.subject === 'collective' ? <TeamOutlined /> : <UserOutlined />} {n.nomineeName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {labels.subject(n.subject)}
        {n.subject === 'individual' && n.nomineeUnitName ? ` · ${n.nomineeUnitName}` : ''}
      </Typography.Text>
    </Flex>
  );
}

/** The office's reason (returned, refused), where the unit sees it at once. */
function Reason({ n }: { n: Nomination }) {
  const { t } = useTranslation();
  if (!n.statusReason || !['returned', 'not_approved', 'withdrawn'].includes(n.status)) return null;
  return (
    <Typography.Paragraph
      style={{ margin: '4px 0 0', fontSize: 13, whiteSpace: 'pre-wrap', color: '#ad4e00' }}
      ellipsis={{ rows: 4, expandable: 'collapsible' }}
    >
      <MessageOutlined /> {t('nominations.list.reason', { reason: n.statusReason })}
    </Typography.Paragraph>
  );
}

/** "Gửi 12/12/2025 · hạn thẩm định 26/12/2025", the deadline red when past. */
function Dates({ n }: { n: Nomination }) {
  const { t } = useTranslation();
  if (!n.submittedAt)
    return <Typography.Text type="secondary">{t('nominations.list.notSent')}</Typography.Text>;
  return (
    <Flex vertical gap={0} style={{ fontSize: 13 }}>
      <span>{t('nominations.list.sentOn', { day: formatDate(n.submittedAt) })}</span>
      {n.checkDueOn && n.status === 'submitted' && (
        <Typography.Text type={checkOverdue(n) ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {t(checkOverdue(n) ? 'nominations.list.checkOverdue' : 'nominations.list.checkDue', {
            day: formatDay(n.checkDueOn),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function OpenButton({ n, onOpen, next }: { n: Nomination } & Pick<ListProps, 'onOpen' | 'next'>) {
  const { t } = useTranslation();
  const todo = next(n);
  const label = t(
    todo === 'check'
      ? 'nominations.list.openCheck'
      : todo === 'fix'
        ? 'nominations.list.openFix'
        : 'nominations.list.open',
  );
  return (
    <Button
      size="small"
      type={todo === 'view' ? 'default' : 'primary'}
      ghost={todo !== 'view'}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(n);
      }}
      aria-label={`${label}: ${n.nomineeName}`}
    >
      {label} <RightOutlined />
    </Button>
  );
}

/** Nominations as a table (wide screens). */
export function NominationTable({ items, loading, onOpen, empty, next }: ListProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Nomination> = [
    {
      key: 'nominee',
      title: t('nominations.list.nominee'),
      render: (_, n) => (
        <>
          <Nominee n={n} />
          <Reason n={n} />
        </>
      ),
    },
    { key: 'award', title: t('nominations.list.award'), width: 220, render: (_, n) => n.award.name },
    {
      key: 'proposer',
      title: t('nominations.list.proposer'),
      width: 140,
      render: (_, n) => n.proposerUnitName,
    },
    { key: 'dates', title: t('nominations.list.dates'), width: 170, render: (_, n) => <Dates n={n} /> },
    {
      key: 'status',
      title: t('nominations.list.status'),
      width: 190,
      render: (_, n) => <NominationStatusTag status={n.status} />,
    },
    {
      key: 'open',
      title: '',
      width: 120,
      align: 'right',
      render: (_, n) => <OpenButton n={n} onOpen={onOpen} next={next} />,
    },
  ];
  return (
    <Table<Nomination>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      tableLayout="fixed"
      scroll={{ x: 960 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(n) => ({ onClick: () => onOpen(n), style: { cursor: 'pointer' } })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}

/** Nominations as cards (phones). */
export function NominationCards({ items, loading, onOpen, empty, next }: ListProps) {
  if (items.length === 0 && !loading)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Flex vertical gap={10}>
      {items.map((n) => (
        <Card
          key={n.id}
          size="small"
          hoverable
          onClick={() => onOpen(n)}
          styles={{ body: { padding: 12 } }}
          data-testid="nomination-card"
        >
          <Flex vertical gap={6}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Nominee n={n} />
              <NominationStatusTag status={n.status} />
            </Flex>
            <Typography.Text style={{ fontSize: 13 }}>{n.award.name}</Typography.Text>
            <Flex gap={6} wrap align="center">
              <Tag style={{ marginInlineEnd: 0 }}>{n.proposerUnitName}</Tag>
              <Dates n={n} />
            </Flex>
            <Reason n={n} />
            <Flex justify="flex-end">
              <OpenButton n={n} onOpen={onOpen} next={next} />
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
