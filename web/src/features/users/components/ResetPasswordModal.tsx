import { passwordProblems, type User } from '@thidua/shared';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { generatePassword } from '../../../lib/password.ts';
import { useUserMutations } from '../hooks/useUsers.ts';
import { credentialsContent } from './CredentialsNotice.tsx';
import { PasswordField } from './PasswordField.tsx';

/** Set a temporary password; the user must change it at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const { resetPassword } = useUserMutations();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = ({ newPassword }: { newPassword: string }) => {
    setBanner(null);
    resetPassword.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          onClose();
          modal.success({
            title: t('users.resetDone'),
            content: credentialsContent(user.username, newPassword, t('users.resetHint')),
            okText: t('common.close'),
            width: 520,
          });
        },
        onError: (e) => {
          if (!applyServerErrors(form, e, { AUTH_WEAK_PASSWORD: 'newPassword' })) setBanner(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.fullName })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={resetPassword.isPending}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ newPassword: generatePassword() }}
      >
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          rules={[
            { required: true, message: t('users.passwordRequired') },
            {
              validator: async (_r, value: string | undefined) => {
                const problems = value ? passwordProblems(value, user.username) : [];
                if (problems.length > 0) throw new Error(problems.join('; '));
              },
            },
          ]}
        >
          <PasswordField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
