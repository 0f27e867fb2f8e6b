import { type CityDashboard, formatNumber } from '@thidua/shared';
import { Card, Flex, Grid, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { wardDashboardPath } from '../api.ts';
import { fmtScore } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';
import type { DecideTarget } from './DecideModal.tsx';
import { WardActions, WardSubmission } from './WardSubmission.tsx';

type Ward = CityDashboard['wards'][number];

/** Ranked first (by rank), then the unranked by name. */
function ordered(wards: Ward[]): Ward[] {
  return [...wards].sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name, 'vi'),
  );
}

function WardName({ ward: w, periodId }: { ward: Ward; periodId: string }) {
  const t = useCityT();
  return (
    <Flex vertical gap={0}>
      {w.campaignId ? (
        <Link to={wardDashboardPath(w.campaignId, periodId)}>{w.name}</Link>
      ) : (
        <Typography.Text>{w.name}</Typography.Text>
      )}
      {w.tiedWith.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="tied-with">
          {t('city.ranking.tiedWith', { names: w.tiedWith.join(', ') })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function Score({ ward: w }: { ward: Ward }) {
  const t = useCityT();
  return (
    <Flex gap={6} align="center" justify="flex-end" wrap>
      {w.score === null ? (
        <Typography.Text type="secondary">{t('city.ranking.noScore')}</Typography.Text>
      ) : (
        <Typography.Text strong style={{ fontSize: 15, whiteSpace: 'nowrap' }} data-testid="ward-score">
          {fmtScore(w.score)}
        </Typography.Text>
      )}
      {w.redFlags > 0 && (
        <Tooltip title={t('city.ranking.redFlags')}>
          <Tag color="#7a1212" style={{ marginInlineEnd: 0 }}>
            {t('city.ranking.redFlagsShort')}: {formatNumber(w.redFlags)}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

/** The rank; on a desk a "Đồng hạng" tag under it (a phone card already says who shares it under the name). */
function Rank({ ward: w, tag = true }: { ward: Ward; tag?: boolean }) {
  const t = useCityT();
  if (w.rank === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Typography.Text strong data-testid="ward-rank">
        {formatNumber(w.rank)}
      </Typography.Text>
      {tag && w.tiedWith.length > 0 && (
        <Tooltip title={t('city.ranking.tiedWith', { names: w.tiedWith.join(', ') })}>
          <Tag color="purple" style={{ marginInlineEnd: 0, cursor: 'help' }}>
            {t('city.ranking.tie')}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

/**
 * The wards ranked by their mean score on the city's linked indicators, with their aggregated report's state, the
 * units behind it, links down to the ward, and (for the city office) accept / return.
 */
export function WardRanking({
  data,
  onDecide,
}: {
  data: CityDashboard;
  onDecide: (target: DecideTarget) => void;
}) {
  const t = useCityT();
  const phone = Grid.useBreakpoint().md === false;
  const rows = ordered(data.wards);
  const periodId = data.period.id;

  const columns: TableColumnsType<Ward> = [
    { key: 'rank', title: t('city.ranking.rank'), width: 88, render: (_, w) => <Rank ward={w} /> },
    {
      key: 'ward',
      title: t('city.ranking.ward'),
      render: (_, w) => <WardName ward={w} periodId={periodId} />,
    },
    {
      key: 'score',
      title: t('city.ranking.score'),
      align: 'right',
      width: 130,
      render: (_, w) => <Score ward={w} />,
    },
    {
      key: 'indicators',
      title: t('city.ranking.indicators'),
      align: 'right',
      width: 96,
      render: (_, w) =>
        t('city.ranking.indicatorsOf', { scored: w.scoredIndicators, linked: w.linkedIndicators }),
    },
    {
      key: 'units',
      title: t('city.ranking.units'),
      align: 'right',
      width: 96,
      render: (_, w) => t('city.ranking.unitsOf', { accepted: w.unitsAccepted, expected: w.unitsExpected }),
    },
    {
      key: 'submission',
      title: t('city.ranking.submission'),
      width: 240,
      render: (_, w) => <WardSubmission ward={w} />,
    },
    {
      key: 'actions',
      title: t('city.ranking.open'),
      width: 200,
      render: (_, w) => <WardActions ward={w} data={data} onDecide={onDecide} />,
    },
  ];

  return (
    <Card
      id="city-ranking"
      size={phone ? 'small' : undefined}
      title={t('city.ranking.title')}
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('city.ranking.hint')}
      </Typography.Paragraph>
      {phone ? (
        <Flex vertical gap={8}>
          {rows.map((w) => (
            <Card key={w.unitId} size="small" data-testid="ward-card" data-ward-id={w.unitId}>
              <Flex gap={10} align="flex-start">
                <div style={{ minWidth: 28 }}>
                  <Rank ward={w} tag={false} />
                </div>
                <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
                  <Flex justify="space-between" gap={8} align="flex-start">
                    <WardName ward={w} periodId={periodId} />
                    <Score ward={w} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('city.ranking.indicators')}:{' '}
                    {t('city.ranking.indicatorsOf', {
                      scored: w.scoredIndicators,
                      linked: w.linkedIndicators,
                    })}{' '}
                    · {t('city.ranking.units')}:{' '}
                    {t('city.ranking.unitsOf', { accepted: w.unitsAccepted, expected: w.unitsExpected })}
                  </Typography.Text>
                  <WardSubmission ward={w} />
                  <WardActions ward={w} data={data} onDecide={onDecide} />
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<Ward>
          rowKey="unitId"
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('city.ranking.empty') }}
          onRow={(w) => ({ 'data-ward-id': w.unitId }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
