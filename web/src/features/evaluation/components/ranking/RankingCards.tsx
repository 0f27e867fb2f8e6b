import { formatNumber, type Ranking } from '@thidua/shared';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fmtScore } from '../../lib/format.ts';
import { BandTag } from './BandTag.tsx';
import { RankingDetail } from './RankingDetail.tsx';
import { TrendArrow } from './TrendArrow.tsx';

/** Phones: one card per unit (rank, name, total, band and rule, trend), opening to how the total was computed. */
export function RankingCards({ campaignId, data }: { campaignId: number; data: Ranking }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Flex vertical gap={8}>
      {data.rows.map((r) => (
        <Card key={r.unit.id} size="small" data-testid="ranking-card">
          <Flex gap={10} align="flex-start">
            <Flex vertical align="center" style={{ minWidth: 44 }}>
              <Typography.Text strong style={{ fontSize: 18 }} data-testid="rank">
                {r.rank === null ? '—' : formatNumber(r.rank)}
              </Typography.Text>
              {r.tiedWith.length > 0 && (
                <Tag
                  color="purple"
                  style={{ marginInlineEnd: 0, fontSize: 11 }}
                  title={r.tieNote ?? undefined}
                >
                  {t('evaluation.tie')}
                </Tag>
              )}
            </Flex>
            <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Flex justify="space-between" gap={8} align="baseline">
                <Link to={`/dot-thi-dua/${campaignId}/ket-qua-don-vi?unitId=${r.unit.id}`}>
                  {r.unit.name}
                </Link>
                <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }} data-testid="total">
                  {r.total === null ? '—' : fmtScore(r.total)}
                </Typography.Text>
              </Flex>
              <BandTag row={r} bands={data.settings.bands} />
              <Flex gap={12} wrap align="center">
                <TrendArrow trend={r.trend} previous={r.previousTotal} />
                {r.redFlags > 0 && (
                  <Tag color="#7a1212">{t('evaluation.redFlagCount', { n: formatNumber(r.redFlags) })}</Tag>
                )}
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  aria-expanded={open === r.unit.id}
                  onClick={() => setOpen(open === r.unit.id ? null : r.unit.id)}
                >
                  {open === r.unit.id ? t('evaluation.hideHow') : t('evaluation.howComputed')}
                </Button>
              </Flex>
              {open === r.unit.id && <RankingDetail row={r} criteria={data.settings.criteria} />}
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
