import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchHealth } from '../../auth/api.ts';

/** One quiet line with the version and database, for support calls. */
export function SystemInfo() {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['health'],
    queryFn: fetchHealth,
    staleTime: Infinity,
    retry: false,
  });
  if (!data) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
      {t('home.systemInfo', { version: data.version, database: data.database, migration: data.migration })}
    </Typography.Text>
  );
}
