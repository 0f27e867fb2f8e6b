import type { Dashboard } from '@thidua/shared';
import { matchesSearch } from '@thidua/shared';
import { Button, Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopedUnitSelect } from '../../campaigns/components/ScopedUnitSelect.tsx';
import { formatDay } from '../../campaigns/lib/format.ts';
import type { DashboardFilters } from '../lib/filters.ts';

function Field({ label, basis, children }: { label: string; basis: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4} style={{ flex: basis, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

/**
 * The dashboard's filters: the period (the server's choice until one is picked), a unit and its subtree, an
 * indicator group. They live in the address so a view can be shared and survives a reload.
 */
export function FilterBar({
  data,
  filters,
  rootUnitId,
  loading,
  onChange,
}: {
  data: Dashboard | undefined;
  filters: DashboardFilters;
  rootUnitId: number | undefined;
  loading: boolean;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const { t } = useTranslation();
  const groups = data?.groups ?? [];
  return (
    <Flex gap={12} wrap align="flex-end">
      <Field label={t('dashboard.period')} basis="1 1 220px">
        <Select<string>
          aria-label={t('dashboard.period')}
          value={filters.periodId ?? data?.period.id}
          loading={loading}
          onChange={(v) => onChange({ periodId: v })}
          options={(data?.periods ?? []).map((p) => ({
            value: p.id,
            label: t('dashboard.periodOption', { label: p.label, due: formatDay(p.dueOn) }),
          }))}
          style={{ width: '100%' }}
        />
      </Field>
      <Field label={t('dashboard.unit')} basis="1 1 260px">
        {rootUnitId ? (
          <ScopedUnitSelect
            rootId={rootUnitId}
            aria-label={t('dashboard.unit')}
            placeholder={t('dashboard.allUnits')}
            value={filters.unitId ?? null}
            onChange={(v) => onChange({ unitId: v ? String(v) : undefined })}
          />
        ) : (
          <Select disabled placeholder={t('dashboard.allUnits')} style={{ width: '100%' }} />
        )}
      </Field>
      <Field label={t('dashboard.group')} basis="1 1 240px">
        <Select<string>
          aria-label={t('dashboard.group')}
          allowClear
          disabled={groups.length === 0 && !filters.group}
          placeholder={groups.length ? t('dashboard.allGroups') : t('dashboard.noGroups')}
          value={filters.group}
          onChange={(v) => onChange({ group: v })}
          showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
          options={groups.map((g) => ({ value: g, label: g }))}
          style={{ width: '100%' }}
        />
      </Field>
      {(filters.periodId || filters.unitId || filters.group) && (
        <Button onClick={() => onChange({ periodId: undefined, unitId: undefined, group: undefined })}>
          {t('dashboard.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
