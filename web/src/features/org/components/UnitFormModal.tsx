import {
  ORG_UNIT_KINDS,
  type OrgUnit,
  OrgUnitCode,
  type OrgUnitKind,
  OrgUnitName,
  type OrgUnitUpdate,
} from '@thidua/shared';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useLabels } from '../../../lib/labels.ts';
import { zodRule } from '../../../lib/zod-rule.ts';
import { useOrgUnitMutations } from '../hooks/useOrgUnits.ts';

interface Values {
  name: string;
  code: string;
  kind: OrgUnitKind;
  sortOrder: number;
}

/** The usual kind of a new child, to save a click. */
const CHILD_KIND: Partial<Record<OrgUnitKind, OrgUnitKind>> = { city: 'ward', ward: 'department' };

export type UnitFormMode = { mode: 'create'; parent: OrgUnit } | { mode: 'edit'; unit: OrgUnit };

/** Add a child unit or edit one: name, code, kind, display order. */
export function UnitFormModal({
  target,
  nextSortOrder = 0,
  onClose,
  onSaved,
}: {
  target: UnitFormMode;
  /** For a new unit: one more than its last sibling, so it lands at the end of the list. */
  nextSortOrder?: number;
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const { create, update } = useOrgUnitMutations();
  const [banner, setBanner] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;

  const initial: Partial<Values> =
    target.mode === 'edit'
      ? {
          name: target.unit.name,
          code: target.unit.code,
          kind: target.unit.kind,
          sortOrder: target.unit.sortOrder,
        }
      : { code: `${target.parent.code}.`, kind: CHILD_KIND[target.parent.kind], sortOrder: nextSortOrder };

  const onError = (e: unknown) => {
    if (!applyServerErrors(form, e, { ORG_UNIT_CODE_TAKEN: 'code' })) setBanner(errorMessage(e));
  };

  const submit = (v: Values) => {
    setBanner(null);
    if (target.mode === 'create') {
      create.mutate(
        { parentId: target.parent.id, name: v.name, code: v.code, kind: v.kind, sortOrder: v.sortOrder ?? 0 },
        {
          onSuccess: (unit) => {
            void message.success(t('org.created'));
            onSaved(unit);
          },
          onError,
        },
      );
      return;
    }
    const u = target.unit;
    const input: OrgUnitUpdate = { version: u.version };
    if (v.name !== u.name) input.name = v.name;
    if (v.code !== u.code) input.code = v.code;
    if (v.kind !== u.kind) input.kind = v.kind;
    if (v.sortOrder !== u.sortOrder) input.sortOrder = v.sortOrder ?? 0;
    if (Object.keys(input).length === 1) return onClose();
    update.mutate(
      { id: u.id, input },
      {
        onSuccess: (unit) => {
          void message.success(t('org.saved'));
          onSaved(unit);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={
        target.mode === 'create'
          ? t('org.createTitle', { parent: target.parent.name })
          : t('org.editTitle', { name: target.unit.name })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={560}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} requiredMark="optional">
        <Form.Item
          name="name"
          label={t('org.name')}
          rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }, zodRule(OrgUnitName)]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.code')}
          extra={t('org.codeHelp')}
          normalize={(v: string) => v?.toUpperCase()}
          rules={[{ required: true, whitespace: true, message: t('org.codeRequired') }, zodRule(OrgUnitCode)]}
        >
          <Input maxLength={40} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('org.kind')}
          rules={[{ required: true, message: t('org.kindRequired') }]}
        >
          <Select
            options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
            placeholder={t('org.kindRequired')}
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('org.sortOrder')}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
