import type { OrgUnit } from '@thidua/shared';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useOrgUnitMutations } from '../hooks/useOrgUnits.ts';
import { isInSubtree } from '../lib/tree.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

/** Move a unit (with its whole subtree) under another parent picked from the tree. */
export function MoveUnitModal({
  unit,
  parentName,
  onClose,
  onMoved,
}: {
  unit: OrgUnit;
  parentName?: string;
  onClose: () => void;
  onMoved: (unit: OrgUnit) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newParentId: number }>();
  const { move } = useOrgUnitMutations();
  const [banner, setBanner] = useState<string | null>(null);
  const isDisabled = useCallback(
    (u: OrgUnit) => !u.isActive || u.id === unit.parentId || isInSubtree(u, unit.id),
    [unit],
  );

  const submit = ({ newParentId }: { newParentId: number }) => {
    setBanner(null);
    move.mutate(
      { unit, newParentId },
      {
        onSuccess: (moved) => {
          void message.success(t('org.moved'));
          onMoved(moved);
        },
        onError: (e) => {
          if (!applyServerErrors(form, e, { ORG_UNIT_MOVE_INTO_OWN_SUBTREE: 'newParentId' }))
            setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('org.moveTitle', { name: unit.name })}
      okText={t('org.move')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
      width={560}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      {parentName && (
        <Typography.Paragraph>
          {t('org.parent')}: <Typography.Text strong>{parentName}</Typography.Text> ({t('org.currentParent')})
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="newParentId"
          label={t('org.newParent')}
          extra={t('org.moveHint')}
          rules={[{ required: true, message: t('org.newParentRequired') }]}
        >
          <UnitTreeSelect isDisabled={isDisabled} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
