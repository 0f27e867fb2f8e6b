import type { CouncilSession } from '@thidua/shared';
import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDay } from '../../campaigns/lib/format.ts';
import { BallotTag, SessionStatusTag } from './SessionTags.tsx';

/** "3/4 thành viên" and the results in one line. */
function useSummary() {
  const { t } = useTranslation();
  return {
    voted: (s: CouncilSession) =>
      t('council.votedCount', {
        voted: s.members.filter((m) => m.hasVoted).length,
        members: s.members.length,
      }),
    results: (s: CouncilSession) => {
      const decided = s.items.filter((i) => i.result && i.result.approved !== null);
      if (s.status === 'open' || decided.length === 0)
        return t('council.noResults', { count: s.items.length });
      return t('council.resultsSummary', {
        approved: decided.filter((i) => i.result?.approved).length,
        rejected: decided.filter((i) => !i.result?.approved).length,
      });
    },
  };
}

const link = (s: CouncilSession) => `/khen-thuong/hoi-dong/${s.id}?campaignId=${s.campaignId}`;

/** The sessions of a campaign: a table on wide screens, one card per session on phones. */
export function SessionList({ sessions, wide }: { sessions: CouncilSession[]; wide: boolean }) {
  const { t } = useTranslation();
  const summary = useSummary();
  if (sessions.length === 0) return <Empty description={t('council.noSessions')} />;
  if (!wide)
    return (
      <Flex vertical gap={8}>
        {sessions.map((s) => (
          <Card key={s.id} size="small" data-testid="session-card">
            <Flex vertical gap={6}>
              <Link to={link(s)} style={{ fontWeight: 600 }}>
                {s.title}
              </Link>
              <Flex gap={6} wrap align="center">
                <SessionStatusTag status={s.status} />
                <BallotTag ballot={s.ballot} />
                <Typography.Text type="secondary">{formatDay(s.meetsOn)}</Typography.Text>
              </Flex>
              <Typography.Text>
                {t('council.colVoted')}: {summary.voted(s)}
              </Typography.Text>
              <Typography.Text>{summary.results(s)}</Typography.Text>
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  return (
    <Table<CouncilSession>
      rowKey="id"
      dataSource={sessions}
      pagination={false}
      columns={[
        {
          title: t('council.colSession'),
          key: 'title',
          render: (_, s) => <Link to={link(s)}>{s.title}</Link>,
        },
        { title: t('council.colDate'), key: 'date', width: 120, render: (_, s) => formatDay(s.meetsOn) },
        {
          title: t('council.colBallot'),
          key: 'ballot',
          width: 190,
          render: (_, s) => <BallotTag ballot={s.ballot} />,
        },
        {
          title: t('council.colStatus'),
          key: 'status',
          width: 130,
          render: (_, s) => <SessionStatusTag status={s.status} />,
        },
        { title: t('council.colVoted'), key: 'voted', width: 150, render: (_, s) => summary.voted(s) },
        { title: t('council.colResults'), key: 'results', render: (_, s) => summary.results(s) },
      ]}
    />
  );
}
