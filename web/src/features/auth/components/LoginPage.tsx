import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginInput } from '@thidua/shared';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { applyServerErrors, errorMessage } from '../../../lib/form-errors.ts';
import { useLogin } from '../hooks/useAuthActions.ts';
import { useMe } from '../hooks/useMe.ts';
import { clearSignInNotice, peekSignInNotice } from '../session.ts';
import { AuthShell } from './AuthShell.tsx';

/** /dang-nhap: username and password; tells why the user is here (expired session, signed out). */
export default function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me } = useMe();
  const login = useLogin();
  const [form] = Form.useForm<LoginInput>();
  const [notice] = useState(peekSignInNotice);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => clearSignInNotice(), []);

  const from = (location.state as { from?: string } | null)?.from;
  if (me) return <Navigate to={from && from !== '/dang-nhap' ? from : '/'} replace />;

  const submit = (values: LoginInput) => {
    setFailure(null);
    login.mutate(values, {
      onError: (e) => {
        if (!applyServerErrors(form, e)) setFailure(errorMessage(e));
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <AuthShell>
      <Card styles={{ body: { padding: 28 } }} style={{ boxShadow: '0 10px 30px rgba(11,42,79,0.18)' }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4, fontSize: 22 }}>
          {t('auth.signInTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.signInIntro')}</Typography.Paragraph>
        {notice && !failure && (
          <Alert
            type={notice.tone}
            showIcon
            role="status"
            title={t(`auth.${notice.key}`)}
            style={{ marginBottom: 16 }}
          />
        )}
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Form<LoginInput>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          onValuesChange={() => failure && setFailure(null)}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input
              size="large"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password size="large" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('auth.forgotHint')}
        </Typography.Paragraph>
      </Card>
    </AuthShell>
  );
}
