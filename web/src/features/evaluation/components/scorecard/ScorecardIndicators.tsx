import type { Scorecard } from '@thidua/shared';
import { Card, Flex, Grid, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROGRESS_COLORS } from '../../../schedules/lib/format.ts';
import { cellColors } from '../../lib/colors.ts';
import { fmtCompletion, fmtPlanned, fmtScore, fmtValue, useEvalLabels } from '../../lib/format.ts';
import { CellLinks } from '../CellLinks.tsx';
import { Sparkline } from './Sparkline.tsx';

type Item = Scorecard['indicators'][number];

/** The score as a coloured chip ("8,5"), or "Không có dữ liệu" with the reason. */
function ScoreChip({ item }: { item: Item }) {
  const labels = useEvalLabels();
  const c = item.cell;
  if (c.score === null)
    return (
      <Tooltip title={labels.noData(c.noData)}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  const col = cellColors(c.score, c.redFlag);
  return (
    <Tag
      color={col.bg}
      style={{ color: col.fg, fontWeight: 600, marginInlineEnd: 0 }}
      data-testid="ind-score"
    >
      {fmtScore(c.score)}
    </Tag>
  );
}

/**
 * Each of the unit's indicators this period: value, plan, completion, score, status, the last periods as a small
 * line, and links to the schedule and the report. A table on wide screens, one card per indicator on a phone.
 */
export function ScorecardIndicators({ campaignId, data }: { campaignId: number; data: Scorecard }) {
  const { t } = useTranslation();
  const labels = useEvalLabels();
  const phone = Grid.useBreakpoint().md === false;
  const periodLabel = new Map(data.periods.map((p) => [p.id, p.label]));
  const value = (i: Item) => fmtValue(i.unitOfMeasure, i.cell.value) || labels.noData(i.cell.noData);
  const planned = (i: Item) => fmtPlanned(i.unitOfMeasure, i.cell) || t('evaluation.noPlan');
  const spark = (i: Item) => (
    <Sparkline
      history={i.history}
      label={i.history
        .map(
          (h) =>
            `${periodLabel.get(h.periodId) ?? h.periodId}: ${fmtValue(i.unitOfMeasure, h.value) || t('evaluation.noData')}`,
        )
        .join('; ')}
    />
  );
  const status = (i: Item) => (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={PROGRESS_COLORS[i.cell.status]} style={{ marginInlineEnd: 0 }}>
        {labels.status(i.cell.status)}
      </Tag>
      {i.cell.noData && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {labels.noData(i.cell.noData)}
        </Typography.Text>
      )}
    </Flex>
  );

  if (phone)
    return (
      <Flex vertical gap={8}>
        {data.indicators.map((i) => (
          <Card key={i.id} size="small" data-testid="scorecard-indicator">
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong style={{ minWidth: 0 }}>
                {i.code} · {i.name}
              </Typography.Text>
              <ScoreChip item={i} />
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0' }}>
              {i.cell.planned === null && i.cell.plannedLow === null
                ? t('evaluation.valueNoPlan', { value: value(i) })
                : t('evaluation.valueVsPlan', { value: value(i), planned: planned(i) })}
              {i.cell.completion !== null &&
                ` · ${t('evaluation.completionOf', { pct: fmtCompletion(i.cell.completion) })}`}
            </Typography.Paragraph>
            <Flex justify="space-between" align="center" gap={8} wrap>
              {status(i)}
              {spark(i)}
            </Flex>
            <div style={{ marginTop: 6 }}>
              <CellLinks campaignId={campaignId} cell={i.cell} compact />
            </div>
          </Card>
        ))}
      </Flex>
    );

  const columns: TableColumnsType<Item> = [
    {
      title: t('evaluation.indicator'),
      key: 'ind',
      width: 280,
      render: (_, i) => (
        <span>
          <Typography.Text strong>{i.code}</Typography.Text> · {i.name}
        </span>
      ),
    },
    {
      title: t('evaluation.valueAndPlan'),
      key: 'value',
      align: 'right',
      render: (_, i) => (
        <Flex vertical gap={0} align="flex-end">
          <span style={{ whiteSpace: 'nowrap' }}>{value(i)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {fmtPlanned(i.unitOfMeasure, i.cell)
              ? t('evaluation.plannedShort', { planned: planned(i) })
              : t('evaluation.noPlanShort')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('evaluation.completion'),
      key: 'completion',
      align: 'right',
      render: (_, i) => fmtCompletion(i.cell.completion) || '—',
    },
    { title: t('evaluation.score'), key: 'score', align: 'right', render: (_, i) => <ScoreChip item={i} /> },
    { title: t('evaluation.status'), key: 'status', render: (_, i) => status(i) },
    { title: t('evaluation.history'), key: 'history', render: (_, i) => spark(i) },
    {
      title: t('evaluation.sources'),
      key: 'links',
      render: (_, i) => <CellLinks campaignId={campaignId} cell={i.cell} />,
    },
  ];
  return (
    <Table<Item>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={data.indicators}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
