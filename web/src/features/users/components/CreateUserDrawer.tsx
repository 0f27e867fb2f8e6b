import { passwordProblems, type Role, Username } from '@thidua/shared';
import { Alert, App, Button, Divider, Drawer, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { generatePassword } from '../../../lib/password.ts';
import { zodRule } from '../../../lib/zod-rule.ts';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect.tsx';
import { useUserMutations } from '../hooks/useUsers.ts';
import { credentialsContent } from './CredentialsNotice.tsx';
import { PasswordField } from './PasswordField.tsx';
import { RoleRows } from './RoleRows.tsx';

interface Values {
  fullName: string;
  username: string;
  email?: string;
  unitId: number;
  password: string;
  roles: { role: Role; unitId: number }[];
}

/** New account: name, username, unit, temporary password and the first roles. */
export function CreateUserDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { create } = useUserMutations();
  const [banner, setBanner] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);

  const submit = (v: Values) => {
    setBanner(null);
    create.mutate(
      {
        fullName: v.fullName,
        username: v.username.trim().toLowerCase(),
        email: v.email?.trim() ? v.email.trim() : null,
        unitId: v.unitId,
        password: v.password,
        roles: v.roles ?? [],
      },
      {
        onSuccess: (user) => {
          onClose();
          modal.success({
            title: t('users.created', { username: user.username }),
            content: credentialsContent(user.username, v.password, t('users.passwordHelp')),
            okText: t('common.close'),
            width: 520,
          });
        },
        onError: (e) => {
          const placed = applyServerErrors(form, e, {
            USER_USERNAME_TAKEN: 'username',
            AUTH_WEAK_PASSWORD: 'password',
          });
          if (!placed) setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Drawer
      open
      title={t('users.createTitle')}
      size={620}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('users.create')}
          </Button>
        </Flex>
      }
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ password: generatePassword(), roles: [] }}
        requiredMark="optional"
        autoComplete="off"
      >
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }]}
        >
          <Input maxLength={120} autoFocus />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHelp')}
          normalize={(v: string) => v?.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            zodRule(Username),
          ]}
        >
          <Input maxLength={64} spellCheck={false} autoCapitalize="none" />
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
        <Form.Item
          name="password"
          label={t('users.password')}
          extra={t('users.passwordHelp')}
          dependencies={['username']}
          rules={[
            { required: true, message: t('users.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string | undefined) => {
                const problems = value ? passwordProblems(value, getFieldValue('username')) : [];
                if (problems.length > 0) throw new Error(problems.join('; '));
              },
            }),
          ]}
        >
          <PasswordField />
        </Form.Item>
        <Divider titlePlacement="start">{t('users.roles')}</Divider>
        <RoleRows defaultUnitId={unitId} />
      </Form>
    </Drawer>
  );
}
