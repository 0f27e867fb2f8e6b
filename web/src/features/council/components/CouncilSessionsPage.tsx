import { PlusOutlined } from '@ant-design/icons';
import type { CampaignSummary } from '@thidua/shared';
import { Alert, Button, Card, Grid, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useCampaignNominations, useSessions } from '../hooks/useCouncil.ts';
import { useRewardsRoles } from '../hooks/useRewardsCampaign.ts';
import { RewardsShell } from './RewardsShell.tsx';
import { SessionCreateModal } from './SessionCreateModal.tsx';
import { SessionList } from './SessionList.tsx';

/**
 * /khen-thuong/hoi-dong: the council sessions of a campaign (?campaignId=) with their status, day, ballot and
 * results; the standing office creates a session from the dossiers it has checked.
 */
export default function CouncilSessionsPage() {
  const { t } = useTranslation();
  const roles = useRewardsRoles();
  const [creating, setCreating] = useState<CampaignSummary | null>(null);
  return (
    <RewardsShell
      active="council"
      title={t('council.sessionsTitle')}
      subtitle={t('council.sessionsSubtitle')}
      extra={(c) =>
        roles.isOffice(c) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(c)}>
            {t('council.create')}
          </Button>
        )
      }
    >
      {(c) => (
        <Sessions
          key={c.id}
          campaign={c}
          office={roles.isOffice(c)}
          creating={creating?.id === c.id}
          onCloseCreate={() => setCreating(null)}
        />
      )}
    </RewardsShell>
  );
}

function Sessions({
  campaign,
  office,
  creating,
  onCloseCreate,
}: {
  campaign: CampaignSummary;
  office: boolean;
  creating: boolean;
  onCloseCreate: () => void;
}) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const sessions = useSessions(campaign.id);
  const nominations = useCampaignNominations(campaign.id, office);
  const checked = (nominations.data ?? []).filter((n) => n.status === 'checked');

  return (
    <>
      {office && checked.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('council.waiting', { count: checked.length })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card styles={{ body: { padding: wide ? 24 : 12 } }}>
        {sessions.isError ? (
          <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : !sessions.data ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <SessionList sessions={sessions.data} wide={wide} />
        )}
      </Card>
      {creating && (
        <SessionCreateModal
          campaign={campaign}
          checked={nominations.data ? checked : null}
          onClose={onCloseCreate}
        />
      )}
    </>
  );
}
