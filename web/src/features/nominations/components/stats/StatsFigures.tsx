import { formatNumber, formatPercent, type RewardStats } from '@thidua/shared';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** 0.756 → "75,6 %"; "—" before anything is awarded. */
export const share = (x: number | null) => (x === null ? '—' : formatPercent(x * 100));

function Figure({
  title,
  value,
  note,
  testId,
}: {
  title: string;
  value: ReactNode;
  note?: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Statistic title={title} value={String(value)} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The headline numbers: nominated, awarded (individuals / collectives), shares to the base, refused, returned. */
export function StatsFigures({ stats: s }: { stats: RewardStats }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.nominations')}
          value={formatNumber(s.nominations)}
          testId="stat-nominations"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.awardedTotal')}
          value={formatNumber(s.awarded)}
          note={t('nominations.stats.awardedSplit', {
            individuals: formatNumber(s.individualsAwarded),
            collectives: formatNumber(s.collectivesAwarded),
          })}
          testId="stat-awarded"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.directShare')}
          value={share(s.directWorkerShare)}
          note={t('nominations.stats.directNote', {
            count: s.directWorkers,
            formatted: formatNumber(s.directWorkers),
            of: formatNumber(s.individualsAwarded),
          })}
          testId="stat-direct"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.smallShare')}
          value={share(s.smallCollectiveShare)}
          note={t('nominations.stats.smallNote', {
            formatted: formatNumber(s.smallCollectives),
            of: formatNumber(s.collectivesAwarded),
          })}
          testId="stat-small"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.rejected')}
          value={formatNumber(s.rejected)}
          note={t('nominations.stats.rejectedShare', { share: share(s.rejectedShare) })}
          testId="stat-rejected"
        />
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Figure
          title={t('nominations.stats.returned')}
          value={formatNumber(s.returned)}
          testId="stat-returned"
        />
      </Col>
    </Row>
  );
}
