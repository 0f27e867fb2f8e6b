import { type HeatCell, type Heatmap, matchesSearch } from '@thidua/shared';
import { Input, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PROGRESS_COLORS } from '../../../schedules/lib/format.ts';
import { cellColors } from '../../lib/colors.ts';
import { fmtCompletion, fmtPlanned, fmtScore, fmtValue, useEvalLabels } from '../../lib/format.ts';
import type { HeatIndicator, HeatUnit } from '../../lib/heatmap.ts';

interface Row {
  key: string;
  unit: HeatUnit;
  indicator: HeatIndicator;
  cell: HeatCell;
}

/** The heatmap as a plain table (one row per unit and indicator): readable aloud, sortable, searchable. */
export function HeatmapList({ data }: { data: Heatmap }) {
  const { t } = useTranslation();
  const labels = useEvalLabels();
  const [q, setQ] = useState('');
  const rows = useMemo(() => {
    const units = new Map(data.units.map((u, i) => [u.id, { u, i }]));
    const inds = new Map(data.indicators.map((x, i) => [x.id, { x, i }]));
    const out: (Row & { order: number })[] = [];
    for (const c of data.cells) {
      const u = units.get(c.unitId);
      const x = inds.get(c.indicatorId);
      if (!u || !x || c.noData === 'not_assigned') continue;
      out.push({
        key: `${c.unitId}:${c.indicatorId}`,
        unit: u.u,
        indicator: x.x,
        cell: c,
        order: u.i * 10_000 + x.i,
      });
    }
    return out.sort((a, b) => a.order - b.order);
  }, [data]);
  const shown = q.trim()
    ? rows.filter((r) => matchesSearch(`${r.unit.name} ${r.indicator.code} ${r.indicator.name}`, q))
    : rows;
  const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  const columns: TableColumnsType<Row> = [
    { title: t('evaluation.unitCol'), key: 'unit', render: (_, r) => r.unit.name, width: 200 },
    {
      title: t('evaluation.indicator'),
      key: 'indicator',
      width: 260,
      render: (_, r) => (
        <span>
          <Typography.Text strong>{r.indicator.code}</Typography.Text> · {r.indicator.name}
        </span>
      ),
    },
    {
      title: t('evaluation.value'),
      key: 'value',
      align: 'right',
      render: (_, r) =>
        r.cell.value === null
          ? none(labels.noData(r.cell.noData))
          : fmtValue(r.indicator.unitOfMeasure, r.cell.value),
    },
    {
      title: t('evaluation.planned'),
      key: 'planned',
      align: 'right',
      render: (_, r) => fmtPlanned(r.indicator.unitOfMeasure, r.cell) || none(t('evaluation.noPlan')),
    },
    {
      title: t('evaluation.completion'),
      key: 'completion',
      align: 'right',
      render: (_, r) => fmtCompletion(r.cell.completion) || none('—'),
    },
    {
      title: t('evaluation.score'),
      key: 'score',
      align: 'right',
      sorter: (a, b) => (a.cell.score ?? -1) - (b.cell.score ?? -1),
      render: (_, r) => {
        if (r.cell.score === null) return none('—');
        const c = cellColors(r.cell.score, r.cell.redFlag);
        return (
          <Tag color={c.bg} style={{ color: c.fg, marginInlineEnd: 0, fontWeight: 600 }}>
            {fmtScore(r.cell.score)}
          </Tag>
        );
      },
    },
    {
      title: t('evaluation.status'),
      key: 'status',
      render: (_, r) => <Tag color={PROGRESS_COLORS[r.cell.status]}>{labels.status(r.cell.status)}</Tag>,
    },
    {
      title: t('evaluation.report'),
      key: 'report',
      render: (_, r) =>
        r.cell.reportId === null ? (
          none(t('evaluation.noReport'))
        ) : (
          <Link to={`/bao-cao/${r.cell.reportId}`}>{t('evaluation.openReport')}</Link>
        ),
    },
  ];

  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('evaluation.searchCells')}
        aria-label={t('evaluation.searchCells')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </>
  );
}
