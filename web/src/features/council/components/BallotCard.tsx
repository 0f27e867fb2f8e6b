import { SendOutlined, StopOutlined } from '@ant-design/icons';
import { type CouncilSession, VOTE_CHOICES, type VoteChoice } from '@thidua/shared';
import { Alert, App, Button, Card, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useSessionMutations } from '../hooks/useCouncil.ts';
import { RecuseModal } from './RecuseModal.tsx';

type Item = CouncilSession['items'][number];

/**
 * A member's one ballot: one choice per nominee (Đồng ý / Không đồng ý / Không biểu quyết). Before sending, the
 * member may stand aside on a nominee with a reason; "Gửi phiếu" asks for confirmation, then the ballot is final.
 */
export function BallotCard({
  session: s,
  meId,
  wide,
}: {
  session: CouncilSession;
  meId: number;
  wide: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { ballot } = useSessionMutations(s.id);
  const [choices, setChoices] = useState<Record<number, VoteChoice>>({});
  const [recusing, setRecusing] = useState<Item | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const myRecusal = (i: Item) => i.recused.find((r) => r.userId === meId);
  const toVote = s.items.filter((i) => !myRecusal(i));
  const missing = toVote.filter((i) => !choices[i.nominationId]);

  const send = () => {
    setProblem(null);
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    modal.confirm({
      title: t('council.ballotForm.confirmTitle'),
      content: t('council.ballotForm.confirmContent'),
      okText: t('council.ballotForm.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await ballot.mutateAsync({
            votes: toVote.map((i) => ({
              nominationId: i.nominationId,
              choice: choices[i.nominationId] ?? 'abstain',
            })),
          });
          void message.success(t('council.ballotForm.done'));
        } catch (e) {
          setProblem(errorMessage(e, { details: true }));
        }
      },
    });
  };

  return (
    <Card
      title={t('council.ballotForm.title')}
      style={{ marginBottom: 16, borderColor: '#1677ff' }}
      styles={{ body: { padding: wide ? 20 : 12 } }}
      data-testid="ballot"
    >
      <Typography.Paragraph type="secondary">{t('council.ballotForm.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Flex vertical gap={12}>
        {s.items.map((i, n) => {
          const recusal = myRecusal(i);
          const unanswered = showMissing && !recusal && !choices[i.nominationId];
          return (
            <Card
              key={i.nominationId}
              size="small"
              data-testid="ballot-item"
              style={unanswered ? { borderColor: '#ff4d4f' } : undefined}
            >
              <Flex vertical gap={8}>
                <div>
                  <Typography.Text strong>
                    {n + 1}. {i.nomineeName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {i.awardName}
                  </Typography.Text>
                </div>
                {recusal ? (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('council.ballotForm.recused', { reason: recusal.reason })}
                  />
                ) : (
                  <Flex gap={8} wrap align="center" justify="space-between">
                    <Radio.Group
                      aria-label={t('council.ballotForm.choiceLabel', { name: i.nomineeName })}
                      optionType={wide ? 'button' : 'default'}
                      buttonStyle="solid"
                      vertical={!wide}
                      style={wide ? undefined : { width: '100%', gap: 10 }}
                      value={choices[i.nominationId]}
                      onChange={(e) => setChoices((c) => ({ ...c, [i.nominationId]: e.target.value }))}
                      options={VOTE_CHOICES.map((c) => ({ value: c, label: t(`council.choice.${c}`) }))}
                    />
                    <Button
                      type="link"
                      icon={<StopOutlined />}
                      onClick={() => setRecusing(i)}
                      style={{ paddingInline: 0 }}
                    >
                      {t('council.ballotForm.recuse')}
                    </Button>
                  </Flex>
                )}
              </Flex>
            </Card>
          );
        })}
      </Flex>
      {showMissing && missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('council.ballotForm.missing', { count: missing.length })}
          style={{ marginTop: 12 }}
        />
      )}
      {toVote.length === 0 ? (
        <Alert type="info" showIcon title={t('council.ballotForm.nothingToVote')} style={{ marginTop: 12 }} />
      ) : (
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          onClick={send}
          loading={ballot.isPending}
          block={!wide}
          style={{ marginTop: 16 }}
        >
          {t('council.ballotForm.submit')}
        </Button>
      )}
      {recusing && <RecuseModal sessionId={s.id} item={recusing} onClose={() => setRecusing(null)} />}
    </Card>
  );
}
