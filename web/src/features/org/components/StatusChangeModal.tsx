import type { OrgUnit } from '@thidua/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useOrgUnitMutations } from '../hooks/useOrgUnits.ts';

/** Deactivate or reactivate a unit, with an optional reason kept in the audit log. */
export function StatusChangeModal({
  unit,
  onClose,
  onDone,
}: {
  unit: OrgUnit;
  onClose: () => void;
  onDone: (unit: OrgUnit) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { setActive } = useOrgUnitMutations();
  const [banner, setBanner] = useState<string | null>(null);
  const activate = !unit.isActive;

  const submit = ({ reason }: { reason?: string }) => {
    setBanner(null);
    setActive.mutate(
      { unit, active: activate, reason },
      {
        onSuccess: (updated) => {
          void message.success(t(activate ? 'org.reactivated' : 'org.deactivated'));
          onDone(updated);
        },
        onError: (e) => setBanner(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open
      title={t(activate ? 'org.reactivateTitle' : 'org.deactivateTitle', { name: unit.name })}
      okText={t(activate ? 'org.reactivate' : 'org.deactivate')}
      okButtonProps={{ danger: !activate }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={setActive.isPending}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      {!activate && (
        <Alert type="info" showIcon title={t('org.deactivateHint')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('org.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('org.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
