import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/form-errors.ts';

/** What a screen shows when its data could not be loaded; a 403 reads as "no access", not as a crash. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) return <Forbidden />;
  return (
    <Result
      status="error"
      title={t('pages.loadFailed')}
      subTitle={errorMessage(error)}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

/** "You may not see this." */
export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title={t('pages.forbiddenTitle')} subTitle={t('pages.forbiddenDesc')} />;
}
