import { FlagOutlined } from '@ant-design/icons';
import type { CouncilSession } from '@thidua/shared';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useSessionMutations } from '../hooks/useCouncil.ts';
import { quorumReached, rulePercent } from '../lib/shares.ts';

/**
 * "Kết thúc phiên họp" (office): confirms with the attendance and how many have voted, warns when the quorum is
 * not reached, then closes; a refusal (422 COUNCIL_NO_QUORUM, a stale version…) goes to `onFailed`.
 */
export function CloseSessionButton({
  session: s,
  onFailed,
}: {
  session: CouncilSession;
  onFailed: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { close } = useSessionMutations(s.id);
  const participants = s.members.filter((m) => m.attendance !== 'absent').length;
  const voted = s.members.filter((m) => m.hasVoted).length;
  const ok = quorumReached(s.quorum, participants, s.members.length);

  const confirm = () =>
    modal.confirm({
      title: t('council.session.closeTitle'),
      width: 520,
      content: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('council.session.closeContent')}</Typography.Text>
          <Typography.Text strong>
            {t('council.session.closeParticipation', { participants, voted, members: s.members.length })}
          </Typography.Text>
          {!ok && (
            <Alert
              type="warning"
              showIcon
              title={t('council.session.closeNoQuorumWarning', { quorum: rulePercent(s.quorum) })}
            />
          )}
        </Flex>
      ),
      okText: t('council.session.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onFailed(null);
        try {
          await close.mutateAsync(s.version);
          void message.success(t('council.session.closed'));
        } catch (e) {
          onFailed(e);
        }
      },
    });

  return (
    <Button type="primary" icon={<FlagOutlined />} onClick={confirm} loading={close.isPending}>
      {t('council.session.close')}
    </Button>
  );
}

/** Why closing failed: no quorum in the rules' words, anything else as the server said it. */
export function CloseError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const noQuorum = isApiError(error, 'COUNCIL_NO_QUORUM');
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="close-error"
      title={noQuorum ? t('council.session.noQuorumTitle') : errorMessage(error)}
      description={
        (noQuorum || details.length > 0) && (
          <Flex vertical gap={2}>
            {noQuorum && <span>{errorMessage(error)}</span>}
            {details.map((d) => (
              <span key={d.message}>{d.message}</span>
            ))}
            {noQuorum && <strong>{t('council.session.noQuorumHint')}</strong>}
          </Flex>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
