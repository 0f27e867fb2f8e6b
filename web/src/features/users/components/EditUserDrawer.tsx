import type { User, UserUpdate } from '@thidua/shared';
import { Alert, App, Button, Descriptions, Divider, Drawer, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { useUserMutations } from '../hooks/useUsers.ts';
import { RolesEditor } from './RolesEditor.tsx';

interface Values {
  fullName: string;
  email?: string;
  unitId: number;
}

/** Edit name, email and unit; grant and revoke roles. */
export function EditUserDrawer({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { update } = useUserMutations();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (v: Values) => {
    setBanner(null);
    const input: UserUpdate = { version: user.version };
    const email = v.email?.trim() ? v.email.trim() : null;
    if (v.fullName !== user.fullName) input.fullName = v.fullName;
    if (email !== user.email) input.email = email;
    if (v.unitId !== user.unitId) input.unitId = v.unitId;
    if (Object.keys(input).length === 1) return;
    update.mutate(
      { id: user.id, input },
      {
        onSuccess: () => void message.success(t('users.saved')),
        onError: (e) => {
          if (!applyServerErrors(form, e)) setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Drawer
      open
      title={t('users.editTitle', { name: user.fullName })}
      size={620}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Flex>
      }
    >
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        {t('users.infoSection')}
      </Divider>
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[{ key: 'u', label: t('users.username'), children: user.username }]}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        initialValues={{ fullName: user.fullName, email: user.email ?? '', unitId: user.unitId ?? undefined }}
      >
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.email')}
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input maxLength={200} type="email" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.unit')}
          rules={[{ required: true, message: t('users.unitRequired') }]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
      <Divider titlePlacement="start">{t('users.roles')}</Divider>
      <RolesEditor user={user} />
    </Drawer>
  );
}
