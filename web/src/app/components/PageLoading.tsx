import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a screen (or the whole page when `full`). */
export function PageLoading({ full = false }: { full?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: full ? '100vh' : 320 }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
