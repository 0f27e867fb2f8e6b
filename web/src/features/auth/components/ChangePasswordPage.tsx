import { App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../hooks/useMe.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** /doi-mat-khau: change one's own password. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('password.title')} subtitle={t('password.subtitle')} />
      <Card style={{ maxWidth: 520 }}>
        <ChangePasswordForm
          username={me.user.username}
          onDone={() => {
            void message.success(t('password.success'));
            navigate('/');
          }}
        />
      </Card>
    </>
  );
}
