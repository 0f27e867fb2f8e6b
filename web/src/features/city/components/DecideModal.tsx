import type { UpwardState } from '@thidua/shared';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api.ts';
import type { UpwardDecision } from '../api.ts';
import { useDecideUpward } from '../hooks/useCity.ts';
import { useCityT } from '../locales/index.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/** What a decision is about: the submission (id and version), whose it is and for which period. */
export interface DecideTarget {
  action: UpwardDecision;
  submissionId: number;
  version: number;
  wardName: string;
  periodLabel: string;
}

/**
 * Confirms one decision on an aggregated report. Accepting says what it locks; returning (and nothing else)
 * needs a reason, checked here and again by the server. A refusal stays in the dialog with the API's details.
 */
export function DecideModal({
  target,
  onClose,
  onDone,
}: {
  target: DecideTarget | null;
  onClose: () => void;
  onDone?: (state: UpwardState) => void;
}) {
  const t = useCityT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideUpward();
  const [error, setError] = useState<unknown>(null);
  const a = target?.action;
  const vars = { ward: target?.wardName ?? '', period: target?.periodLabel ?? '' };

  const close = () => {
    setError(null);
    form.resetFields();
    decide.reset();
    onClose();
  };

  const run = async () => {
    if (!target) return;
    const reason = a === 'return' ? (await form.validateFields()).reason.trim() : undefined;
    setError(null);
    try {
      const state = await decide.mutateAsync({
        submissionId: target.submissionId,
        action: target.action,
        body: { version: target.version, ...(reason ? { reason } : {}) },
      });
      void message.success(
        a === 'accept'
          ? t('city.decide.accepted', vars)
          : a === 'return'
            ? t('city.decide.returned', vars)
            : t('city.upward.withdraw.done'),
      );
      onDone?.(state);
      close();
    } catch (e) {
      setError(e);
      if (isApiError(e, 'UPWARD_REASON_REQUIRED'))
        form.setFields([{ name: 'reason', errors: [t('city.decide.reasonRequired')] }]);
    }
  };

  const title =
    a === 'accept'
      ? t('city.decide.acceptTitle', vars)
      : a === 'return'
        ? t('city.decide.returnTitle', vars)
        : t('city.upward.withdraw.title', vars);
  const body =
    a === 'accept'
      ? t('city.decide.acceptBody', vars)
      : a === 'return'
        ? t('city.decide.returnBody', vars)
        : t('city.upward.withdraw.body', vars);
  const ok =
    a === 'accept'
      ? t('city.decide.accept')
      : a === 'return'
        ? t('city.decide.return')
        : t('city.upward.withdraw.button');

  return (
    <Modal
      open={target !== null}
      title={title}
      okText={ok}
      okButtonProps={{ danger: a === 'return', loading: decide.isPending }}
      onOk={() => void run()}
      onCancel={close}
      destroyOnHidden
      maskClosable={!decide.isPending}
    >
      <Typography.Paragraph>{body}</Typography.Paragraph>
      {a === 'return' && (
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item
            name="reason"
            label={t('city.decide.reason')}
            rules={[{ required: true, whitespace: true, message: t('city.decide.reasonRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              placeholder={t('city.decide.reasonPlaceholder')}
              autoFocus
            />
          </Form.Item>
        </Form>
      )}
      {isApiError(error, 'CONFLICT_STALE') ? (
        <ApiErrorAlert error={new Error(t('city.upward.stale'))} />
      ) : (
        <ApiErrorAlert error={error} />
      )}
    </Modal>
  );
}
