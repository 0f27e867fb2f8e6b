import { NOMINATION_EDITABLE, type Nomination } from '@thidua/shared';
import { Card, Col, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useCampaign } from '../../campaigns/hooks/useCampaigns.ts';
import type { NominationStep } from '../api.ts';
import { useExamples } from '../hooks/useExamples.ts';
import { useNomination } from '../hooks/useNominations.ts';
import { useRewardRoles } from '../hooks/useRewardRoles.ts';
import { ratingYear } from '../lib/labels.ts';
import { AchievementCard } from './detail/AchievementCard.tsx';
import { CouncilResultCard } from './detail/CouncilResultCard.tsx';
import { DossierFilesCard } from './detail/DossierFilesCard.tsx';
import { EligibilityCard } from './detail/EligibilityCard.tsx';
import { NominationActionModal } from './detail/NominationActionModal.tsx';
import { NominationActions } from './detail/NominationActions.tsx';
import { NominationHeader } from './detail/NominationHeader.tsx';
import { NominationSteps } from './detail/NominationSteps.tsx';
import { NominationFormDrawer } from './form/NominationFormDrawer.tsx';
import { RewardsNav } from './RewardsNav.tsx';
import './nominations.css';

/** /khen-thuong/:id: one nomination — where it stands, its criteria, the council's result, and the next steps. */
export default function NominationPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const nomination = useNomination(valid ? id : null);

  if (!valid) return <NotFoundPage />;
  if (nomination.isError) {
    if (isApiError(nomination.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <QueryError error={nomination.error} onRetry={() => void nomination.refetch()} />;
  }
  if (!nomination.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  return (
    <NominationScreen
      key={`${id}:${nomination.data.version}`}
      nomination={nomination.data}
      refetch={nomination.refetch}
    />
  );
}

function NominationScreen({ nomination: n, refetch }: { nomination: Nomination; refetch: () => unknown }) {
  const roles = useRewardRoles();
  const campaign = useCampaign(n.campaignId).data;
  const examples = useExamples({ campaignId: n.campaignId });
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState<{ step: NominationStep; checklist?: Record<string, boolean> } | null>(
    null,
  );
  const proposer = roles.isProposer(n.proposerUnitId);
  const office = roles.isOffice(campaign);
  const checking = office && n.status === 'submitted';

  return (
    <>
      <RewardsNav active="nominations" />
      <NominationHeader
        nomination={n}
        campaignId={n.campaignId}
        year={campaign ? ratingYear(campaign) : undefined}
        proposer={proposer}
        office={office}
        actions={
          <NominationActions
            nomination={n}
            proposer={proposer}
            office={office}
            onEdit={() => setEditing(true)}
            onStep={(s) => setStep({ step: s })}
          />
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <NominationSteps nomination={n} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <EligibilityCard
            nomination={n}
            checking={checking}
            onStep={(s, checklist) => setStep({ step: s, checklist })}
          />
          {n.councilResult && <CouncilResultCard result={n.councilResult} />}
        </Col>
        <Col xs={24} lg={12}>
          <AchievementCard
            nomination={n}
            indicators={campaign?.indicators ?? []}
            examples={examples.data ?? []}
          />
          <DossierFilesCard
            nomination={n}
            editable={proposer && NOMINATION_EDITABLE.includes(n.status)}
            onChanged={() => void refetch()}
          />
        </Col>
      </Row>
      {step && (
        <NominationActionModal
          nomination={n}
          step={step.step}
          checklist={step.checklist}
          onClose={() => setStep(null)}
        />
      )}
      {editing && campaign && (
        <NominationFormDrawer
          campaign={campaign}
          proposers={[]}
          nomination={n}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
