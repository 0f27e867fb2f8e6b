import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../org/hooks/useOrgUnits.ts';
import { useCampaignList } from '../hooks/useCampaigns.ts';
import { documentRef } from '../lib/format.ts';

/**
 * Pick the campaign this one answers (the city plan for a ward plan). Only campaigns issued by the issuing unit
 * or a unit above it are offered, as the server requires; `excludeId` leaves out the campaign itself.
 */
export function ParentCampaignSelect({
  id,
  value,
  onChange,
  issuingUnitId,
  excludeId,
}: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  issuingUnitId: number | undefined;
  excludeId?: number;
}) {
  const { t } = useTranslation();
  const campaigns = useCampaignList({});
  const { data: units = [] } = useOrgUnits({ includeInactive: true });
  const options = useMemo(() => {
    const pathOf = (unitId: number) => units.find((u) => u.id === unitId)?.path;
    const issuingPath = issuingUnitId === undefined ? undefined : pathOf(issuingUnitId);
    return (campaigns.data ?? [])
      .filter((c) => c.id !== excludeId)
      .filter((c) => {
        const p = pathOf(c.issuingUnitId);
        return !issuingPath || (p !== undefined && issuingPath.startsWith(p));
      })
      .map((c) => ({ value: c.id, label: `${documentRef(c)} · ${c.title}` }));
  }, [campaigns.data, units, issuingUnitId, excludeId]);

  return (
    <Select<number>
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('campaigns.parentCampaignNone')}
      options={options}
      loading={campaigns.isLoading}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 640 } } }}
    />
  );
}
