import type { CampaignSummary } from '@thidua/shared';
import { Alert, Card, Grid, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { RewardsNav, type RewardsSection } from '../../nominations/components/RewardsNav.tsx';
import { useRewardsCampaign } from '../hooks/useRewardsCampaign.ts';
import { CampaignPicker } from './CampaignPicker.tsx';

/**
 * The frame of a rewards list screen: the rewards tabs, the title, the campaign picker (?campaignId=), then the
 * screen's own content for the chosen campaign. Loading, errors and "no campaign yet" are handled here.
 */
export function RewardsShell({
  active,
  title,
  subtitle,
  extra,
  children,
}: {
  active: RewardsSection;
  title: string;
  subtitle: string;
  extra?: (campaign: CampaignSummary) => ReactNode;
  children: (campaign: CampaignSummary) => ReactNode;
}) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const { campaigns, campaign, pick } = useRewardsCampaign();

  let body: ReactNode;
  if (campaigns.isError)
    body = <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  else if (campaigns.isPending)
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  else if (!campaign)
    body = (
      <Card>
        <Alert type="info" showIcon title={t('council.noCampaigns')} />
      </Card>
    );
  else
    body = (
      <>
        <Card style={{ marginBottom: 16 }} styles={{ body: { padding: wide ? '12px 16px' : 12 } }}>
          <CampaignPicker campaigns={campaigns.data ?? []} value={campaign.id} onChange={pick} />
        </Card>
        {children(campaign)}
      </>
    );

  return (
    <>
      <RewardsNav active={active} />
      <PageHeader title={title} subtitle={subtitle} extra={campaign && extra?.(campaign)} />
      {body}
    </>
  );
}
