import type { Campaign, CampaignUpdate } from '@thidua/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import { useCampaignMutations } from '../../hooks/useCampaigns.ts';

type Patch = Omit<CampaignUpdate, 'version' | 'changeNote'>;

/** Compares like the server: unchanged fields are not sent, so the history lists only real changes. */
function changedOnly(c: Campaign, patch: Patch): Patch {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const before = (c as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(before ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  }
  return out as Patch;
}

/**
 * Edits one part of the plan in a dialog and sends only what changed. A launched campaign asks why
 * ("Lý do thay đổi"), which is kept in its history.
 */
export function SectionEditModal<V extends object>({
  campaign: c,
  title,
  initialValues,
  toPatch,
  onClose,
  children,
  width = 720,
}: {
  campaign: Campaign;
  title: ReactNode;
  initialValues: V;
  toPatch: (v: V) => Patch;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { update } = useCampaignMutations(c.id);
  const [banner, setBanner] = useState<string | null>(null);
  const launched = c.status === 'launched';

  const submit = (values: V & { changeNote?: string }) => {
    setBanner(null);
    const patch = changedOnly(c, toPatch(values));
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { ...patch, version: c.version, ...(launched ? { changeNote: values.changeNote } : {}) },
      {
        onSuccess: () => {
          void message.success(t('campaigns.saved'));
          onClose();
        },
        onError: (e) => {
          if (!applyServerErrors(form, e)) setBanner(errorMessage(e, { details: true }));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
      width={width}
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        requiredMark="optional"
      >
        {children}
        {launched && (
          <Form.Item
            name="changeNote"
            label={t('campaigns.changeNote')}
            extra={t('campaigns.changeNoteHelp')}
            rules={[{ required: true, whitespace: true, message: t('campaigns.changeNoteRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
