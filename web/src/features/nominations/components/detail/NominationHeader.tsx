import { ArrowLeftOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { formatDateTime, formatNumber, type Nomination } from '@thidua/shared';
import { Alert, Card, Flex, Grid, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDay } from '../../../campaigns/lib/format.ts';
import { useRewardLabels } from '../../lib/labels.ts';
import { checkOverdue } from '../NominationList.tsx';
import { NominationStatusTag } from '../NominationStatusTag.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  );
}

/** Why the dossier stopped or where it waits, in one banner. */
function Notice({ n, proposer, office }: { n: Nomination; proposer: boolean; office: boolean }) {
  const { t } = useTranslation();
  const reason = n.statusReason && (
    <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="status-reason">
      {n.statusReason}
    </Typography.Text>
  );
  switch (n.status) {
    case 'returned':
      return (
        <Alert
          type="warning"
          showIcon
          title={t(proposer ? 'nominations.notice.returned' : 'nominations.notice.returnedOther')}
          description={reason}
        />
      );
    case 'not_approved':
      return (
        <Alert
          type="error"
          showIcon
          title={t('nominations.notice.notApproved')}
          description={reason ?? n.councilResult?.text}
        />
      );
    case 'withdrawn':
      return <Alert type="info" showIcon title={t('nominations.notice.withdrawn')} description={reason} />;
    case 'draft':
      return proposer ? <Alert type="info" showIcon title={t('nominations.notice.draft')} /> : null;
    case 'submitted':
      return (
        <Alert
          type="info"
          showIcon
          title={t(office ? 'nominations.notice.submittedOffice' : 'nominations.notice.submitted', {
            day: formatDay(n.checkDueOn),
          })}
        />
      );
    case 'checked':
      return <Alert type="info" showIcon title={t('nominations.notice.checked')} />;
    case 'in_council':
      return <Alert type="info" showIcon title={t('nominations.notice.inCouncil')} />;
    case 'approved':
      return <Alert type="info" showIcon title={t('nominations.notice.approved')} />;
    case 'decided':
    case 'proposed':
      return (
        <Alert
          type="success"
          showIcon
          title={t(n.status === 'decided' ? 'nominations.notice.decided' : 'nominations.notice.proposed')}
          description={
            n.decision &&
            t(
              n.decision.kind === 'decision'
                ? 'nominations.notice.byDecision'
                : 'nominations.notice.byProposal',
              {
                ref: n.decision.reference,
                day: formatDay(n.decision.signedOn),
              },
            )
          }
        />
      );
    default:
      return null;
  }
}

/** Nominee, award, proposer, dates and state of one nomination, its banner and the actions on the right. */
export function NominationHeader({
  nomination: n,
  campaignId,
  year,
  proposer,
  office,
  actions,
}: {
  nomination: Nomination;
  campaignId: number;
  /** The year the ratings are read for (unknown until the campaign is loaded). */
  year?: string;
  proposer: boolean;
  office: boolean;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const wide = Grid.useBreakpoint().md ?? window.innerWidth >= 768;
  const overdue = checkOverdue(n);
  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: wide ? '16px 20px' : 12 } }}>
      <Link to={`/khen-thuong?campaignId=${campaignId}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('nominations.detail.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 480px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <NominationStatusTag status={n.status} />
            <Tag>{labels.subject(n.subject)}</Tag>
            {n.directWorker && <Tag color="green">{t('nominations.form.directWorkerTag')}</Tag>}
            {n.smallCollective && <Tag color="green">{t('nominations.form.smallCollectiveTag')}</Tag>}
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, fontSize: wide ? 22 : 19 }}>
            {n.subject === 'collective' ? <TeamOutlined /> : <UserOutlined />} {n.nomineeName}
          </Typography.Title>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {n.award.name}
          </Typography.Text>
          <div className={wide ? 'nomination-facts' : 'nomination-facts nomination-facts-compact'}>
            {n.subject === 'individual' && (
              <Fact label={t('nominations.detail.unit')}>{n.nomineeUnitName}</Fact>
            )}
            <Fact label={t('nominations.list.proposer')}>{n.proposerUnitName}</Fact>
            <Fact
              label={year ? t('nominations.detail.rating', { year }) : t('nominations.detail.ratingPlain')}
            >
              {n.rating ? labels.rating(n.rating) : t('nominations.detail.noRating')}
            </Fact>
            {n.members !== null && (
              <Fact label={t('nominations.detail.members')}>
                {t('nominations.detail.membersValue', {
                  titled: formatNumber(n.titledMembers ?? 0),
                  members: formatNumber(n.members),
                })}
              </Fact>
            )}
            <Fact label={t('nominations.detail.sentAt')}>
              {n.submittedAt ? formatDateTime(n.submittedAt) : t('nominations.list.notSent')}
            </Fact>
            {n.checkDueOn && n.status === 'submitted' && (
              <Fact label={t('nominations.detail.checkDue')}>
                <Typography.Text
                  type={overdue ? 'danger' : undefined}
                  strong={overdue}
                  data-testid="check-due"
                >
                  {formatDay(n.checkDueOn)}
                  {overdue ? ` (${t('nominations.detail.overdue')})` : ''}
                </Typography.Text>
              </Fact>
            )}
          </div>
        </Flex>
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      </Flex>
      <div style={{ marginTop: 14 }}>
        <Notice n={n} proposer={proposer} office={office} />
      </div>
    </Card>
  );
}
