import { matchesSearch, type Scorecard } from '@thidua/shared';
import { Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Unit (for those who read every unit) and period pickers of the scorecard. */
export function ScorecardFilters({
  data,
  units,
  onChange,
}: {
  data: Scorecard | undefined;
  /** null: the user sees only their own unit, no picker. */
  units: { id: number; name: string }[] | null;
  onChange: (changes: { unitId?: string | null; periodId?: string | null }) => void;
}) {
  const { t } = useTranslation();
  const field = (label: string, node: ReactNode, flex: string) => (
    <Flex vertical gap={4} style={{ flex, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {node}
    </Flex>
  );
  return (
    <Flex gap={12} wrap align="flex-end">
      {units &&
        field(
          t('evaluation.unitCol'),
          <Select<number>
            aria-label={t('evaluation.unitCol')}
            value={data?.unit.id}
            onChange={(v) => onChange({ unitId: String(v) })}
            showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            placeholder={t('evaluation.manual.pickUnit')}
            style={{ width: '100%' }}
          />,
          '2 1 280px',
        )}
      {data &&
        field(
          t('evaluation.period'),
          <Select<string>
            aria-label={t('evaluation.period')}
            value={data?.period.id}
            onChange={(v) => onChange({ periodId: v })}
            options={(data?.periods ?? []).map((p) => ({ value: p.id, label: p.label }))}
            style={{ width: '100%' }}
          />,
          units ? '1 1 180px' : '0 1 320px',
        )}
    </Flex>
  );
}
