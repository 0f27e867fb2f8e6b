import type { Direction, Indicator, Schedule } from '@thidua/shared';
import { Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VnNumberInput } from '../../campaigns/components/inputs.tsx';
import { formatDay } from '../../campaigns/lib/format.ts';
import type { Draft, DraftPoint, PlannedField } from '../lib/draft.ts';
import { fmtValue, PROGRESS_COLORS, useProgressLabel } from '../lib/format.ts';

type ServerPoint = Schedule['points'][number];
interface Row {
  index: number;
  plan: DraftPoint;
  point: ServerPoint;
}

/** One period per row: the planned value (editable for editors), the actual value, the status at that period. */
export function ScheduleTable({
  indicator,
  direction,
  draft,
  points,
  editable,
  errors,
  onChange,
}: {
  indicator: Indicator;
  direction: Direction;
  draft: Draft;
  points: ServerPoint[];
  editable: boolean;
  errors: Map<string, string>;
  onChange: (index: number, field: PlannedField, value: number | null) => void;
}) {
  const { t } = useTranslation();
  const progressLabel = useProgressLabel();
  const rows: Row[] = points.map((point, index) => ({
    index,
    point,
    plan: draft.points[index] ?? { ...point },
  }));

  const cell = (field: PlannedField, label: string) => (r: Row) => {
    const value = r.plan[field];
    const error = errors.get(`${r.index}.${field}`);
    if (!editable)
      return value === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        fmtValue(indicator, value)
      );
    return (
      <Flex vertical gap={2}>
        <VnNumberInput
          size="small"
          aria-label={t('schedules.cellLabel', { what: label, period: r.point.label })}
          value={value ?? undefined}
          onChange={(v) => onChange(r.index, field, typeof v === 'number' && Number.isFinite(v) ? v : null)}
          status={error ? 'error' : undefined}
          style={{ width: '100%', maxWidth: 170 }}
        />
        {error && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {error}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  const plannedTitle = direction === 'at_most' ? t('schedules.colCeiling') : t('schedules.colPlanned');
  const columns: TableColumnsType<Row> = [
    {
      key: 'period',
      title: t('schedules.colPeriod'),
      width: 124,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Typography.Text>{r.point.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('schedules.until', { day: formatDay(r.point.endsOn) })}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(direction === 'band'
      ? [
          {
            key: 'low',
            title: t('schedules.colLow'),
            width: 160,
            align: 'right' as const,
            render: (_: unknown, r: Row) => cell('plannedLow', t('schedules.colLow'))(r),
          },
          {
            key: 'high',
            title: t('schedules.colHigh'),
            width: 160,
            align: 'right' as const,
            render: (_: unknown, r: Row) => cell('plannedHigh', t('schedules.colHigh'))(r),
          },
        ]
      : []),
    {
      key: 'planned',
      title: direction === 'band' ? t('schedules.colCentre') : plannedTitle,
      width: 160,
      align: 'right',
      render: (_, r) => cell('planned', plannedTitle)(r),
    },
    {
      key: 'actual',
      title: t('schedules.colActual'),
      width: 120,
      align: 'right',
      render: (_, r) =>
        r.point.actual === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex gap={6} justify="flex-end" align="center">
            {r.point.isEstimate && (
              <Tag variant="outlined" style={{ marginInlineEnd: 0 }} title={t('schedules.estimateHint')}>
                {t('schedules.estimate')}
              </Tag>
            )}
            <span>{fmtValue(indicator, r.point.actual)}</span>
          </Flex>
        ),
    },
    {
      key: 'status',
      title: t('schedules.colStatus'),
      width: 150,
      render: (_, r) => (
        <Tag color={PROGRESS_COLORS[r.point.status]} style={{ marginInlineEnd: 0 }}>
          {progressLabel(r.point.status)}
        </Tag>
      ),
    },
  ];

  return (
    <Table<Row>
      rowKey={(r) => r.point.periodId}
      columns={columns}
      dataSource={rows}
      size="small"
      tableLayout="fixed"
      scroll={{ x: direction === 'band' ? 870 : 554 }}
      pagination={false}
    />
  );
}
