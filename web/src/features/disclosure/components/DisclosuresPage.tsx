import { PlusOutlined } from '@ant-design/icons';
import type { Objection } from '@thidua/shared';
import { Alert, Button, Card, Empty, Skeleton, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { RewardsNav } from '../../nominations/components/RewardsNav.tsx';
import { useDisclosureCampaign } from '../hooks/useDisclosureCampaign.ts';
import { useCampaignDisclosures } from '../hooks/useDisclosures.ts';
import { CampaignSelect } from './CampaignSelect.tsx';
import { DisclosureCard } from './DisclosureCard.tsx';
import { DisclosureCreateModal } from './DisclosureCreateModal.tsx';
import { ObjectionResolveModal } from './ObjectionResolveModal.tsx';

/**
 * /khen-thuong/cong-khai: the office publishes the council's approved list for a period (a public link anyone
 * can open without signing in), follows the comments that come in and settles each one with a reason.
 */
export default function DisclosuresPage() {
  const { t } = useTranslation();
  const { query, campaigns, campaign, isOffice, choose } = useDisclosureCampaign();
  const disclosures = useCampaignDisclosures(campaign?.id);
  const [creating, setCreating] = useState(false);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const items = disclosures.data?.items ?? [];
  const disclosed = useMemo(() => new Set(items.flatMap((d) => d.items.map((i) => i.nominationId))), [items]);

  let body: ReactNode;
  if (query.isError) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.isPending)
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  else if (!campaign) body = <Alert type="info" showIcon title={t('disclosure.office.noCampaigns')} />;
  else
    body = (
      <>
        <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '12px 16px' } }}>
          <CampaignSelect campaigns={campaigns} value={campaign.id} onChange={choose} />
        </Card>
        {disclosures.isError ? (
          <QueryError error={disclosures.error} onRetry={() => void disclosures.refetch()} />
        ) : disclosures.isPending ? (
          <Card>
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        ) : items.length === 0 ? (
          <Card>
            <Empty
              description={
                <>
                  <Typography.Text strong style={{ display: 'block' }}>
                    {t('disclosure.office.empty')}
                  </Typography.Text>
                  <Typography.Text type="secondary">{t('disclosure.office.emptyHint')}</Typography.Text>
                </>
              }
            />
          </Card>
        ) : (
          [...items]
            .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id)
            .map((d) => (
              <DisclosureCard key={d.id} disclosure={d} onResolve={isOffice ? setResolving : undefined} />
            ))
        )}
      </>
    );

  return (
    <>
      <RewardsNav active="disclosure" />
      <PageHeader
        title={t('disclosure.title')}
        subtitle={t('disclosure.office.subtitle')}
        extra={
          campaign &&
          isOffice && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('disclosure.office.create')}
            </Button>
          )
        }
      />
      {body}
      {creating && campaign && (
        <DisclosureCreateModal campaign={campaign} disclosed={disclosed} onClose={() => setCreating(false)} />
      )}
      {resolving && <ObjectionResolveModal objection={resolving} onClose={() => setResolving(null)} />}
    </>
  );
}
