import { type CouncilSession, VOTE_CHOICES } from '@thidua/shared';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The dossiers before an open session: nominee, award, who stood aside and why; on an open ballot also who voted
 * how (a secret ballot keeps that nowhere).
 */
export function ItemsCard({ session: s, wide }: { session: CouncilSession; wide: boolean }) {
  const { t } = useTranslation();
  const names = new Map(s.members.map((m) => [m.userId, m.fullName]));
  return (
    <Card
      title={t('council.session.itemsTitle', { count: s.items.length })}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: wide ? 16 : 12 } }}
    >
      <Flex vertical gap={12}>
        {s.items.map((i, n) => (
          <Flex key={i.nominationId} vertical gap={2} data-testid="session-item">
            <Typography.Text strong>
              {n + 1}. {i.nomineeName}
            </Typography.Text>
            <Typography.Text type="secondary">{i.awardName}</Typography.Text>
            {i.recused.map((r) => (
              <Typography.Text key={r.userId} type="warning">
                {t('council.session.recusedBy', { name: r.fullName, reason: r.reason })}
              </Typography.Text>
            ))}
            {s.ballot === 'open' &&
              VOTE_CHOICES.map((c) => {
                const who = i.votes.filter((v) => v.choice === c).map((v) => names.get(v.userId) ?? '');
                return (
                  who.length > 0 && (
                    <Typography.Text key={c}>
                      {t('council.session.openVotes', {
                        choice: t(`council.choice.${c}`),
                        names: who.join(', '),
                      })}
                    </Typography.Text>
                  )
                );
              })}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
