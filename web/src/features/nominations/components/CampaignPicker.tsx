import { type CampaignSummary, matchesSearch } from '@thidua/shared';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentRef } from '../../campaigns/lib/format.ts';
import { useCampaignStatusLabel } from '../lib/labels.ts';

/** "Đợt thi đua": the launched and closed campaigns the user reads, searchable without accents. */
export function CampaignPicker({
  campaigns,
  value,
  onChange,
}: {
  campaigns: CampaignSummary[];
  value: CampaignSummary | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  const statusLabel = useCampaignStatusLabel();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 420px', minWidth: 0, maxWidth: 760 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('nominations.campaign')}
      </Typography.Text>
      <Select<number>
        aria-label={t('nominations.campaign')}
        value={value?.id}
        onChange={onChange}
        showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input) }}
        options={campaigns.map((c) => ({
          value: c.id,
          title: `${documentRef(c)} ${c.title} ${c.issuingUnitName}`,
          label: `${documentRef(c)} · ${c.issuingUnitName} · ${c.title}${c.status === 'closed' ? ` (${statusLabel(c.status)})` : ''}`,
        }))}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}
