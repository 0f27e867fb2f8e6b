import { type CouncilSession, formatNumber } from '@thidua/shared';
import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rulePercent, votePercent } from '../lib/shares.ts';
import { OutcomeTag } from './SessionTags.tsx';

type Item = CouncilSession['items'][number];

/** The yes share as a bar, with the threshold marked: green when it reaches it, red when not. */
function ShareBar({ item, threshold }: { item: Item; threshold: number }) {
  const { t } = useTranslation();
  const share = item.result?.yesShare ?? 0;
  const color = item.result?.approved ? '#52c41a' : '#ff4d4f';
  return (
    <Flex vertical gap={2} style={{ minWidth: 160, width: '100%' }}>
      <Typography.Text strong data-testid="yes-share">
        {votePercent(item.result?.yesShare ?? null)}
      </Typography.Text>
      <div
        role="img"
        aria-label={t('council.results.barLabel', {
          share: votePercent(item.result?.yesShare ?? null),
          threshold: rulePercent(threshold),
        })}
        style={{ position: 'relative', height: 10, background: '#f0f0f0', borderRadius: 5 }}
      >
        <div
          style={{
            width: `${Math.min(100, share * 100)}%`,
            height: '100%',
            background: color,
            borderRadius: 5,
          }}
        />
        <div
          title={t('council.results.thresholdMark', { threshold: rulePercent(threshold) })}
          style={{
            position: 'absolute',
            left: `${threshold * 100}%`,
            top: -3,
            bottom: -3,
            width: 2,
            background: '#262626',
          }}
        />
      </div>
    </Flex>
  );
}

/** Per nominee after closing: yes / no / abstain, the base, the yes share against the threshold, the verdict in words. */
export function ResultsCard({ session: s, wide }: { session: CouncilSession; wide: boolean }) {
  const { t } = useTranslation();
  /** "Đồng ý: 3 · Không đồng ý: 0 · Không biểu quyết: 0" and what the share is taken of, one per line. */
  const counts = (i: Item) =>
    i.result ? (
      <Flex vertical gap={0} data-testid="vote-counts">
        {(['yes', 'no', 'abstain'] as const).map((c) => (
          <Typography.Text key={c}>
            {t(`council.choice.${c}`)}: <strong>{formatNumber(i.result?.[c] ?? 0)}</strong>
          </Typography.Text>
        ))}
        <Typography.Text type="secondary">
          {t('council.results.baseOf', { base: formatNumber(i.result.base) })}
        </Typography.Text>
      </Flex>
    ) : (
      '—'
    );
  const nominee = (i: Item) => (
    <Flex vertical gap={0}>
      <Typography.Text strong>{i.nomineeName}</Typography.Text>
      <Typography.Text type="secondary">{i.awardName}</Typography.Text>
      {i.recused.map((r) => (
        <Typography.Text key={r.userId} type="warning" style={{ fontSize: 12 }}>
          {t('council.session.recusedBy', { name: r.fullName, reason: r.reason })}
        </Typography.Text>
      ))}
    </Flex>
  );
  const text = (i: Item) => (
    <Typography.Text data-testid="result-text">{i.result?.text ?? t('council.results.none')}</Typography.Text>
  );
  return (
    <Card
      title={t('council.results.title')}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: wide ? 16 : 12 } }}
      data-testid="results"
    >
      {wide ? (
        <Table<Item>
          rowKey="nominationId"
          dataSource={s.items}
          pagination={false}
          columns={[
            { title: t('council.results.nominee'), key: 'nominee', render: (_, i) => nominee(i) },
            { title: t('council.results.votes'), key: 'votes', width: 220, render: (_, i) => counts(i) },
            {
              title: t('council.results.share'),
              key: 'share',
              width: 190,
              render: (_, i) => <ShareBar item={i} threshold={s.threshold} />,
            },
            {
              title: t('council.results.outcome'),
              key: 'outcome',
              width: 320,
              render: (_, i) => (
                <Flex vertical gap={4} align="flex-start">
                  <OutcomeTag approved={i.result?.approved} />
                  {text(i)}
                </Flex>
              ),
            },
          ]}
        />
      ) : (
        <Flex vertical gap={10}>
          {s.items.map((i) => (
            <Card key={i.nominationId} size="small" data-testid="result-card">
              <Flex vertical gap={6} align="flex-start">
                {nominee(i)}
                <OutcomeTag approved={i.result?.approved} />
                <ShareBar item={i} threshold={s.threshold} />
                {counts(i)}
                {text(i)}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  );
}
