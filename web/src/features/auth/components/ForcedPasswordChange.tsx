import { Alert, App, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/useAuthActions.ts';
import { useCurrentUser } from '../hooks/useMe.ts';
import { AuthShell } from './AuthShell.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** Shown instead of the app while the account still has a temporary password. */
export default function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const logout = useLogout();
  return (
    <AuthShell width={480}>
      <Card title={t('password.forcedTitle')}>
        <Alert type="warning" showIcon title={t('password.forcedDesc')} style={{ marginBottom: 20 }} />
        <ChangePasswordForm
          username={me.user.username}
          onDone={() => void message.success(t('password.success'))}
        />
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => logout.mutate(false)}>
          {t('auth.signOut')}
        </Button>
      </Card>
    </AuthShell>
  );
}
