import type { Nomination } from '@thidua/shared';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api.ts';
import type { NominationStep } from '../../api.ts';
import { useNominationMutations } from '../../hooks/useNominations.ts';
import { type Problem, ProblemAlert, problemOf } from '../ProblemAlert.tsx';

/** Returning and refusing must say why (the unit and the public read it); withdrawing may; the rest need not. */
const REASON: Record<NominationStep, 'required' | 'optional' | 'none'> = {
  submit: 'none',
  withdraw: 'optional',
  return: 'required',
  accept_dossier: 'none',
  reject: 'required',
};

/** Confirms one step on a nomination; the office's ticks travel with "accept the dossier". */
export function NominationActionModal({
  nomination: n,
  step,
  checklist,
  onClose,
}: {
  nomination: Nomination;
  step: NominationStep;
  checklist?: Record<string, boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { transition } = useNominationMutations(n.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const need = REASON[step];
  const danger = step === 'return' || step === 'reject' || step === 'withdraw';

  const run = async ({ reason }: { reason?: string }) => {
    setProblem(null);
    try {
      await transition.mutateAsync({ step, version: n.version, reason, checklist });
      void message.success(t(`nominations.actions.${step}.done`));
      onClose();
    } catch (e) {
      setProblem(
        isApiError(e, 'CONFLICT_STALE')
          ? { message: t('nominations.actions.stale'), items: [] }
          : problemOf(e),
      );
    }
  };

  return (
    <Modal
      open
      title={t(`nominations.actions.${step}.title`)}
      okText={t(`nominations.actions.${step}.ok`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>
        {t(`nominations.actions.${step}.explain`, { name: n.nomineeName, award: n.award.name })}
      </Typography.Paragraph>
      {problem && <ProblemAlert problem={problem} testId="action-refusal" />}
      <Form form={form} layout="vertical" onFinish={run}>
        {need !== 'none' && (
          <Form.Item
            name="reason"
            label={t(
              need === 'required' ? 'nominations.actions.reason' : 'nominations.actions.reasonOptional',
            )}
            rules={
              need === 'required'
                ? [{ required: true, whitespace: true, message: t('nominations.actions.reasonRequired') }]
                : []
            }
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              autoFocus
              placeholder={t(`nominations.actions.${step}.placeholder`)}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
