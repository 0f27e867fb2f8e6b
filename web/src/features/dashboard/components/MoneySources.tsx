import { Flex, Grid, Table, Tag, Typography, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import { useChart } from '../hooks/useChart.ts';
import { type DashIndicator, fmtShare, fmtTarget, fmtWithUnit } from '../lib/format.ts';
import { type MoneyGroup, moneyGroups, moneyOption } from '../lib/money-option.ts';
import { ChartCard } from './ChartCard.tsx';
import { ValueLink } from './ValueCell.tsx';

function MoneyChart({ group }: { group: MoneyGroup }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const compact = Grid.useBreakpoint().md === false;
  const option = useMemo(
    () =>
      moneyOption(
        group,
        {
          actual: t('dashboard.money.actual'),
          target: t('dashboard.money.target'),
          estimate: t('dashboard.table.estimate'),
        },
        {
          actual: token.colorPrimary,
          target: token.colorFillContent,
          text: token.colorTextSecondary,
          grid: token.colorBorderSecondary,
          font: token.fontFamily,
        },
        compact,
      ),
    [group, t, token, compact],
  );
  const ref = useChart(option);
  const height = 56 + group.parts.length * (compact ? 64 : 52);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`${group.root.code} · ${group.root.name}`}
      style={{ width: '100%', height }}
    />
  );
}

/** "CT01 · Thu ngân sách: 30.000 / 36.692 triệu đồng (81,8 %)", the total as a link to its sources. */
function GroupHeading({ root, onOpen }: { root: DashIndicator; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} wrap align="baseline">
      <Typography.Text strong>
        {root.code} · {root.name}:
      </Typography.Text>
      <ValueLink indicator={root} onOpen={onOpen} />
      {root.target !== null && (
        <Typography.Text type="secondary">/ {fmtWithUnit(root, root.target)}</Typography.Text>
      )}
      {root.isEstimate && root.value !== null && <Tag>{t('dashboard.table.estimate')}</Tag>}
      {root.completion !== null && <Typography.Text strong>({fmtShare(root.completion)})</Typography.Text>}
    </Flex>
  );
}

function MoneyTable({ groups, onOpen }: { groups: MoneyGroup[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const rows = groups.flatMap((g) => (g.parts[0] === g.root ? [g.root] : [g.root, ...g.parts]));
  return (
    <Table<DashIndicator>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 680 }}
      columns={[
        {
          key: 'name',
          title: t('dashboard.money.source'),
          render: (_, i) => (
            <span style={{ paddingInlineStart: i.depth * 16, fontWeight: i.depth ? undefined : 600 }}>
              {i.code} · {i.name}
            </span>
          ),
        },
        {
          key: 'value',
          title: t('dashboard.money.actual'),
          align: 'right',
          width: 130,
          render: (_, i) => <ValueLink indicator={i} onOpen={onOpen} />,
        },
        {
          key: 'target',
          title: t('dashboard.money.target'),
          align: 'right',
          width: 130,
          render: (_, i) => fmtTarget(i),
        },
        { key: 'uom', title: t('dashboard.table.uom'), width: 100, dataIndex: 'unitOfMeasure' },
        {
          key: 'completion',
          title: t('dashboard.table.completion'),
          align: 'right',
          width: 110,
          render: (_, i) => fmtShare(i.completion) || '—',
        },
        {
          key: 'status',
          title: t('dashboard.table.status'),
          width: 150,
          render: (_, i) => <Tag color={PROGRESS_COLORS[i.status]}>{labels.progress(i.status)}</Tag>,
        },
      ]}
    />
  );
}

/** Money indicators (triệu đồng) with their sources as bars, value against target, and as a table. */
export function MoneySources({ rows, onOpen }: { rows: DashIndicator[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const groups = useMemo(() => moneyGroups(rows), [rows]);
  if (!groups.length) return null;
  return (
    <ChartCard
      id="money"
      title={t('dashboard.money.title')}
      chart={
        <Flex vertical gap={16}>
          {groups.map((g) => (
            <Flex key={g.root.id} vertical gap={4}>
              <GroupHeading root={g.root} onOpen={onOpen} />
              <MoneyChart group={g} />
            </Flex>
          ))}
        </Flex>
      }
      table={<MoneyTable groups={groups} onOpen={onOpen} />}
    />
  );
}
