import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useRewardStats } from '../hooks/useExamples.ts';
import { useRewardsCampaign } from '../hooks/useRewardsCampaign.ts';
import { CampaignPicker } from './CampaignPicker.tsx';
import { RewardsNav } from './RewardsNav.tsx';
import { StatsBars } from './stats/StatsBars.tsx';
import { StatsFigures } from './stats/StatsFigures.tsx';
import { ByUnitTable, ReasonsTable } from './stats/StatsTables.tsx';

/**
 * /khen-thuong/thong-ke: a campaign's rewards in numbers — by form and by unit, the shares that went to people who
 * work directly and to small collectives (the plan asks to favour them and report it), refusals and their reasons.
 */
export default function RewardStatsPage() {
  const { t } = useTranslation();
  const { query, campaigns, campaign, choose } = useRewardsCampaign();
  const stats = useRewardStats(campaign?.id);
  const s = stats.data;

  return (
    <>
      <PageHeader title={t('nominations.stats.title')} subtitle={t('nominations.stats.subtitle')} />
      <RewardsNav active="stats" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="flex-end">
          {query.isPending ? (
            <Skeleton.Input active block />
          ) : (
            <CampaignPicker campaigns={campaigns} value={campaign} onChange={choose} />
          )}
        </Flex>
      </Card>
      <Alert
        type="info"
        showIcon
        title={t('nominations.stats.principleTitle')}
        description={t('nominations.stats.principle')}
        style={{ marginBottom: 16 }}
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !s ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <>
          <StatsFigures stats={s} />
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <div style={{ marginBottom: 16 }}>
                <StatsBars
                  title={t('nominations.stats.byAward')}
                  nameTitle={t('nominations.stats.award')}
                  rows={s.byAward}
                />
              </div>
            </Col>
            <Col xs={24} xl={10}>
              <ByUnitTable rows={s.byUnit} />
              <ReasonsTable rows={s.reasons} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
