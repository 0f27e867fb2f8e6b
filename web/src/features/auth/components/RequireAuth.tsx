import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoading } from '../../../app/components/PageLoading.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useMe } from '../hooks/useMe.ts';
import { ForcedPasswordChange } from './ForcedPasswordChange.tsx';

/** Route guard: signed-out users go to the sign-in page; a temporary password must be changed first. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me, isPending, isError, error, refetch } = useMe();
  if (isPending) return <PageLoading full />;
  if (isError)
    return (
      <Result
        status="error"
        title={t('pages.loadFailed')}
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/dang-nhap" replace state={from === '/' ? undefined : { from }} />;
  }
  if (me.user.mustChangePassword) return <ForcedPasswordChange />;
  return <Outlet />;
}
