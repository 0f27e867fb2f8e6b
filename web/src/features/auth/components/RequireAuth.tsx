import { Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoading } from '../../../app/components/PageLoading.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useMe } from '../hooks/useMe.ts';
import { peekSignInNotice } from '../session.ts';

const ForcedPasswordChange = lazy(() => import('./ForcedPasswordChange.tsx'));

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
    // After an explicit sign-out the next person starts at the overview, not on the last page.
    const signedOut = peekSignInNotice()?.tone === 'success';
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/dang-nhap" replace state={from === '/' || signedOut ? undefined : { from }} />;
  }
  if (me.user.mustChangePassword)
    return (
      <Suspense fallback={<PageLoading full />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  return <Outlet />;
}
