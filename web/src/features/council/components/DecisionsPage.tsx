import { FileProtectOutlined } from '@ant-design/icons';
import type { CampaignSummary } from '@thidua/shared';
import { Alert, Button, Card, Grid, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useCampaignNominations } from '../hooks/useCouncil.ts';
import { useDecisions, useDisclosures } from '../hooks/useDecisions.ts';
import { useRewardsRoles } from '../hooks/useRewardsCampaign.ts';
import { decisionCandidates } from '../lib/readiness.ts';
import { DecisionCreateModal } from './DecisionCreateModal.tsx';
import { DecisionList } from './DecisionList.tsx';
import { RewardsShell } from './RewardsShell.tsx';

/**
 * /khen-thuong/quyet-dinh: the decisions (Quyết định) and proposals (Tờ trình) of a campaign; the Chairman issues
 * one from the approved nominations whose disclosure has ended.
 */
export default function DecisionsPage() {
  const { t } = useTranslation();
  const roles = useRewardsRoles();
  const [creating, setCreating] = useState<number | null>(null);
  return (
    <RewardsShell
      active="decisions"
      title={t('council.decisions.title')}
      subtitle={t('council.decisions.subtitle')}
      extra={(c) =>
        roles.isChair(c) && (
          <Button type="primary" icon={<FileProtectOutlined />} onClick={() => setCreating(c.id)}>
            {t('council.decisions.create')}
          </Button>
        )
      }
    >
      {(c) => (
        <Decisions
          key={c.id}
          campaign={c}
          chair={roles.isChair(c)}
          signer={roles.fullName}
          creating={creating === c.id}
          onCloseCreate={() => setCreating(null)}
        />
      )}
    </RewardsShell>
  );
}

function Decisions({
  campaign,
  chair,
  signer,
  creating,
  onCloseCreate,
}: {
  campaign: CampaignSummary;
  chair: boolean;
  signer: string;
  creating: boolean;
  onCloseCreate: () => void;
}) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const decisions = useDecisions(campaign.id);
  const nominations = useCampaignNominations(campaign.id, chair);
  const disclosures = useDisclosures(campaign.id, chair);
  const candidates = useMemo(
    () => decisionCandidates(nominations.data ?? [], disclosures.isError ? null : (disclosures.data ?? [])),
    [nominations.data, disclosures.data, disclosures.isError],
  );
  const ready = candidates.filter((c) => c.readiness.kind === 'ready').length;
  const loaded = !!nominations.data && (!!disclosures.data || disclosures.isError);

  return (
    <>
      {chair && ready > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('council.decisions.ready', { count: ready })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card styles={{ body: { padding: wide ? 24 : 12 } }}>
        {decisions.isError ? (
          <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} />
        ) : !decisions.data ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : (
          <DecisionList decisions={decisions.data} wide={wide} />
        )}
      </Card>
      {creating && (
        <DecisionCreateModal
          key={loaded ? 'loaded' : 'loading'}
          campaign={campaign}
          candidates={candidates}
          disclosuresKnown={!disclosures.isError}
          signer={signer}
          onClose={onCloseCreate}
        />
      )}
    </>
  );
}
