import { Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCityT } from '../locales/index.ts';

/** The period picker of the city screens, with a label above it (each option says what the caller wants). */
export function PeriodSelect({
  value,
  options,
  loading,
  onChange,
}: {
  value: string | undefined;
  options: { value: string; label: ReactNode; title: string }[];
  loading: boolean;
  onChange: (periodId: string) => void;
}) {
  const t = useCityT();
  return (
    <Flex vertical gap={4} style={{ flex: '0 1 360px', minWidth: 0, width: '100%' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('city.period')}
      </Typography.Text>
      <Select<string>
        aria-label={t('city.period')}
        value={value}
        loading={loading}
        onChange={onChange}
        options={options}
        optionLabelProp="title"
        style={{ width: '100%' }}
      />
    </Flex>
  );
}
