import { LockOutlined } from '@ant-design/icons';
import { passwordProblems } from '@thidua/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useChangePassword } from '../hooks/useAuthActions.ts';
import { PasswordPolicy } from './PasswordPolicy.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, new password (with live policy hints) and its repetition. */
export function ChangePasswordForm({ username, onDone }: { username: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const mutation = useChangePassword();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (v: Values) => {
    setBanner(null);
    mutation.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
        onError: (e) => {
          const placed = applyServerErrors(form, e, {
            AUTH_WRONG_PASSWORD: 'currentPassword',
            AUTH_WEAK_PASSWORD: 'newPassword',
          });
          if (!placed) setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('password.newRequired') },
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if (!value) return;
              // The live hints below list the problems; the field only says that something is left.
              if (passwordProblems(value, username).length > 0) throw new Error(t('password.notYet'));
              if (value === getFieldValue('currentPassword')) throw new Error(t('password.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <PasswordPolicy password={newPassword} username={username} />
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} block>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
