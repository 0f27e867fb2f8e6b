import { type EvaluationSettings, formatNumber, type Scorecard } from '@thidua/shared';
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../../lib/labels.ts';
import { fmtScore } from '../../lib/format.ts';
import { BandTag } from '../ranking/BandTag.tsx';
import { RankingDetail } from '../ranking/RankingDetail.tsx';
import { TrendArrow } from '../ranking/TrendArrow.tsx';

const PARTS = ['indicators', 'timeliness', 'completeness', 'manual'] as const;

/** The unit's total, band and the rule, rank among its peers ("hạng 3/25 tổ dân phố"), parts and how it was computed. */
export function ScorecardSummary({
  data,
  settings,
}: {
  data: Scorecard;
  /** The campaign's rules when the user may read them (office, chair, council, viewers). */
  settings: EvaluationSettings | null;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const row = data.row;
  const peers = labels.kind(data.unit.kind).toLowerCase();
  return (
    <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]} align="top">
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">{t('evaluation.total')}</Typography.Text>
          <div data-testid="scorecard-total" style={{ fontSize: 36, fontWeight: 700, lineHeight: 1.2 }}>
            {row?.total == null ? (
              <Typography.Text type="secondary" style={{ fontSize: 20 }}>
                {t('evaluation.noData')}
              </Typography.Text>
            ) : (
              t('evaluation.pointsOf', { score: fmtScore(row.total) })
            )}
          </div>
          {row && <TrendArrow trend={row.trend} previous={row.previousTotal} />}
        </Col>
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">{t('evaluation.band')}</Typography.Text>
          <div style={{ marginTop: 4 }} data-testid="scorecard-band">
            {row ? (
              <BandTag row={row} bands={settings?.bands ?? null} />
            ) : (
              <Typography.Text type="secondary">{t('evaluation.noBand')}</Typography.Text>
            )}
          </div>
        </Col>
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">{t('evaluation.rankAmongPeers')}</Typography.Text>
          <div data-testid="scorecard-rank" style={{ fontSize: 22, fontWeight: 600 }}>
            {row?.rank == null
              ? t('evaluation.notRanked')
              : t('evaluation.rankOf', {
                  rank: formatNumber(row.rank),
                  peers: formatNumber(data.peers),
                  kind: peers,
                })}
          </div>
          {row && row.tiedWith.length > 0 && (
            <Tag color="purple" title={row.tieNote ?? undefined} style={{ marginTop: 4 }}>
              {t('evaluation.tie')}
            </Tag>
          )}
        </Col>
      </Row>
      {row && (
        <>
          <Flex gap={24} wrap style={{ margin: '16px 0' }}>
            {PARTS.map((k) => (
              <Statistic
                key={k}
                title={t(`evaluation.parts.${k}`)}
                value={row.parts[k] === null ? t('evaluation.noData') : fmtScore(row.parts[k])}
                styles={{ content: { fontSize: row.parts[k] === null ? 14 : 20 } }}
              />
            ))}
          </Flex>
          <RankingDetail row={row} criteria={settings?.criteria ?? null} />
        </>
      )}
    </Card>
  );
}
