import type { CouncilSession } from '@thidua/shared';
import { Alert, Card, Grid, Result, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';
import { RewardsNav } from '../../nominations/components/RewardsNav.tsx';
import { useSession } from '../hooks/useCouncil.ts';
import { useRewardsRoles } from '../hooks/useRewardsCampaign.ts';
import { BallotCard } from './BallotCard.tsx';
import { CloseError, CloseSessionButton } from './CloseSessionButton.tsx';
import { ItemsCard } from './ItemsCard.tsx';
import { MembersCard } from './MembersCard.tsx';
import { ResultsCard } from './ResultsCard.tsx';
import { SessionHeader } from './SessionHeader.tsx';

/**
 * /khen-thuong/hoi-dong/:id: one council session. Members vote here (one ballot, recusals first); the office
 * records attendance, closes the session and downloads the minutes; everyone who may read it sees the results.
 */
export default function CouncilSessionPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const session = useSession(valid ? id : null);

  let body: ReactNode;
  if (!valid) return <NotFoundPage />;
  if (session.isError) {
    if (isApiError(session.error, 'NOT_FOUND')) return <NotFoundPage />;
    body = <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  } else if (!session.data)
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  else body = <SessionScreen session={session.data} />;
  return (
    <>
      <RewardsNav active="council" />
      {body}
    </>
  );
}

function SessionScreen({ session: s }: { session: CouncilSession }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const roles = useRewardsRoles();
  const campaign = useCampaignList({}).data?.find((c) => c.id === s.campaignId);
  const office = roles.isOffice(campaign);
  const [closeError, setCloseError] = useState<unknown>(null);
  const open = s.status === 'open';

  let myPart: ReactNode = null;
  if (s.me.canVote) myPart = <BallotCard session={s} meId={roles.userId} wide={wide} />;
  else if (s.me.hasVoted && !open)
    myPart = (
      <Alert
        type="success"
        showIcon
        title={t('council.session.votedTitle')}
        style={{ marginBottom: 16 }}
        data-testid="voted"
      />
    );
  else if (s.me.hasVoted)
    myPart = (
      <Card style={{ marginBottom: 16 }} data-testid="voted">
        <Result
          status="success"
          title={t('council.session.votedTitle')}
          subTitle={t('council.session.votedDesc')}
          style={{ padding: wide ? 16 : 8 }}
        />
      </Card>
    );
  else if (s.me.member && open)
    myPart = (
      <Alert type="warning" showIcon title={t('council.session.absentNotice')} style={{ marginBottom: 16 }} />
    );
  else if (!s.me.member && !office && open)
    myPart = (
      <Alert type="info" showIcon title={t('council.session.notMemberNotice')} style={{ marginBottom: 16 }} />
    );

  return (
    <>
      <SessionHeader
        session={s}
        actions={office && open && <CloseSessionButton session={s} onFailed={setCloseError} />}
      />
      {closeError != null && open && <CloseError error={closeError} />}
      {myPart}
      {!open && <ResultsCard session={s} wide={wide} />}
      {open && !s.me.canVote && <ItemsCard session={s} wide={wide} />}
      <MembersCard session={s} office={office} meId={roles.userId} wide={wide} />
    </>
  );
}
