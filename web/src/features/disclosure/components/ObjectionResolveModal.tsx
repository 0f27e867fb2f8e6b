import type { Objection } from '@thidua/shared';
import { Alert, App, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import type { ObjectionResolveInput } from '../api.ts';
import { useResolveObjection } from '../hooks/useDisclosures.ts';

/**
 * Settles one comment: unfounded (the dossier goes on) or upheld (the nominee is not rewarded), always with the
 * reason and grounds, which the minutes and the audit trail keep.
 */
export function ObjectionResolveModal({ objection, onClose }: { objection: Objection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ObjectionResolveInput>();
  const outcome = Form.useWatch('status', form);
  const resolve = useResolveObjection();
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (v: ObjectionResolveInput) => {
    setProblem(null);
    resolve.mutate(
      { id: objection.id, ...v },
      {
        onSuccess: () => {
          void message.success(t('disclosure.resolve.done'));
          onClose();
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setProblem(errorMessage(e, { details: true }));
        },
      },
    );
  };

  const choice = (value: 'dismissed' | 'upheld') => (
    <Radio value={value}>
      <Flex vertical>
        <Typography.Text strong>{t(`disclosure.resolve.${value}`)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t(`disclosure.resolve.${value}Help`)}
        </Typography.Text>
      </Flex>
    </Radio>
  );

  return (
    <Modal
      open
      title={t('disclosure.resolve.title')}
      okText={t('disclosure.resolve.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: outcome === 'upheld' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={resolve.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Text strong>
        {t('disclosure.resolve.about', { name: objection.nomineeName })}
      </Typography.Text>
      <Typography.Paragraph
        style={{
          background: '#f5f7fa',
          padding: '8px 12px',
          borderRadius: 6,
          margin: '8px 0 16px',
          whiteSpace: 'pre-line',
        }}
      >
        {objection.content}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form<ObjectionResolveInput> form={form} name="objection-resolve" layout="vertical" onFinish={submit}>
        <Form.Item
          name="status"
          label={t('disclosure.resolve.outcome')}
          rules={[{ required: true, message: t('disclosure.resolve.outcomeRequired') }]}
        >
          <Radio.Group>
            <Flex vertical gap={10}>
              {choice('dismissed')}
              {choice('upheld')}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {outcome === 'upheld' && (
          <Alert
            type="warning"
            showIcon
            title={t('disclosure.resolve.upheldWarning')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item
          name="resolution"
          label={t('disclosure.resolve.reason')}
          rules={[{ required: true, whitespace: true, message: t('disclosure.resolve.reasonRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('disclosure.resolve.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
