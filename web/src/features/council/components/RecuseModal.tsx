import type { CouncilSession } from '@thidua/shared';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useSessionMutations } from '../hooks/useCouncil.ts';

/** "Không tham gia biểu quyết" on one nominee, with the reason the minutes will carry. Final once confirmed. */
export function RecuseModal({
  sessionId,
  item,
  onClose,
}: {
  sessionId: number;
  item: CouncilSession['items'][number];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { recuse } = useSessionMutations(sessionId);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async ({ reason }: { reason: string }) => {
    setProblem(null);
    try {
      await recuse.mutateAsync({ nominationId: item.nominationId, reason });
      void message.success(t('council.ballotForm.recuseDone'));
      onClose();
    } catch (e) {
      if (!applyServerErrors(form, e)) setProblem(errorMessage(e));
    }
  };

  return (
    <Modal
      open
      title={t('council.ballotForm.recuseTitle', { name: item.nomineeName })}
      okText={t('council.ballotForm.recuseConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={recuse.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('council.ballotForm.recuseExplain')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void run(v)}>
        <Form.Item
          name="reason"
          label={t('council.ballotForm.recuseReason')}
          rules={[{ required: true, whitespace: true, message: t('council.ballotForm.recuseRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            autoFocus
            placeholder={t('council.ballotForm.recusePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
