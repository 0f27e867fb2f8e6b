import { formatNumber, type Ranking, type RankingRow } from '@thidua/shared';
import { Flex, Grid, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLabels } from '../../../../lib/labels.ts';
import { fmtScore } from '../../lib/format.ts';
import { BandTag } from './BandTag.tsx';
import { RankingDetail } from './RankingDetail.tsx';
import { TrendArrow } from './TrendArrow.tsx';

/** A part's score, or a grey dash with "không có dữ liệu" on hover. */
function Part({ v }: { v: number | null }) {
  const { t } = useTranslation();
  if (v === null)
    return (
      <Tooltip title={t('evaluation.noData')}>
        <Typography.Text type="secondary">—</Typography.Text>
      </Tooltip>
    );
  return <span>{fmtScore(v)}</span>;
}

/**
 * The ranking: rank (a shared rank says "đồng hạng" and why on hover), unit, the four parts, total, band with its
 * rule, trend and red flags. A row opens to show how its total was computed.
 */
export function RankingTable({ campaignId, data }: { campaignId: number; data: Ranking }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const phone = Grid.useBreakpoint().md === false;
  const columns: TableColumnsType<RankingRow> = [
    {
      title: t('evaluation.rank'),
      key: 'rank',
      width: 92,
      render: (_, r) =>
        r.rank === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={2} align="flex-start">
            <Typography.Text strong data-testid="rank">
              {formatNumber(r.rank)}
            </Typography.Text>
            {r.tiedWith.length > 0 && (
              <Tooltip title={r.tieNote ?? t('evaluation.tiedWith', { names: r.tiedWith.join(', ') })}>
                <Tag color="purple" style={{ marginInlineEnd: 0, cursor: 'help' }} data-testid="tie-tag">
                  {t('evaluation.tie')}
                </Tag>
              </Tooltip>
            )}
          </Flex>
        ),
    },
    {
      title: t('evaluation.unitCol'),
      key: 'unit',
      width: phone ? undefined : 230,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Link to={`/dot-thi-dua/${campaignId}/ket-qua-don-vi?unitId=${r.unit.id}`}>{r.unit.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.kind(r.unit.kind)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('evaluation.parts.indicators'),
      key: 'pi',
      align: 'right',
      width: 80,
      responsive: ['lg'],
      render: (_, r) => <Part v={r.parts.indicators} />,
    },
    {
      title: t('evaluation.parts.timeliness'),
      key: 'pt',
      align: 'right',
      width: 80,
      responsive: ['lg'],
      render: (_, r) => <Part v={r.parts.timeliness} />,
    },
    {
      title: t('evaluation.parts.completeness'),
      key: 'pc',
      align: 'right',
      width: 80,
      responsive: ['lg'],
      render: (_, r) => <Part v={r.parts.completeness} />,
    },
    {
      title: t('evaluation.parts.manual'),
      key: 'pm',
      align: 'right',
      width: 80,
      responsive: ['lg'],
      render: (_, r) => <Part v={r.parts.manual} />,
    },
    {
      title: t('evaluation.total'),
      key: 'total',
      align: 'right',
      width: 96,
      render: (_, r) =>
        r.total === null ? (
          <Typography.Text type="secondary">{t('evaluation.noData')}</Typography.Text>
        ) : (
          <Typography.Text strong style={{ fontSize: 15 }} data-testid="total">
            {fmtScore(r.total)}
          </Typography.Text>
        ),
    },
    {
      title: t('evaluation.band'),
      key: 'band',
      render: (_, r) => <BandTag row={r} bands={data.settings.bands} />,
    },
    {
      title: t('evaluation.trendCol'),
      key: 'trend',
      width: 110,
      responsive: ['md'],
      render: (_, r) => <TrendArrow trend={r.trend} previous={r.previousTotal} />,
    },
    {
      title: <Tooltip title={t('evaluation.redFlags')}>{t('evaluation.redFlagsShort')}</Tooltip>,
      key: 'red',
      align: 'right',
      width: 90,
      responsive: ['md'],
      render: (_, r) =>
        r.redFlags > 0 ? (
          <Tag color="#7a1212" style={{ marginInlineEnd: 0 }}>
            {formatNumber(r.redFlags)}
          </Tag>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
  ];
  return (
    <Table<RankingRow>
      size="middle"
      rowKey={(r) => r.unit.id}
      columns={columns}
      dataSource={data.rows}
      pagination={false}
      scroll={phone ? undefined : { x: 1020 }}
      expandable={{
        expandedRowRender: (r) => <RankingDetail row={r} criteria={data.settings.criteria} />,
        expandRowByClick: false,
      }}
      locale={{ emptyText: t('evaluation.rankingEmpty') }}
    />
  );
}
