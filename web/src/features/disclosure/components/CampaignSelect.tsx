import { type CampaignSummary, matchesSearch } from '@thidua/shared';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentRef } from '../../campaigns/lib/format.ts';

/** "Đợt thi đua": the campaigns with rewards, searchable without accents. */
export function CampaignSelect({
  campaigns,
  value,
  onChange,
}: {
  campaigns: CampaignSummary[];
  value: number;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ maxWidth: 760 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} id="disclosure-campaign-label">
        {t('disclosure.office.campaign')}
      </Typography.Text>
      <Select<number>
        aria-labelledby="disclosure-campaign-label"
        value={value}
        onChange={onChange}
        showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input) }}
        options={campaigns.map((c) => ({
          value: c.id,
          title: `${documentRef(c)} ${c.title} ${c.issuingUnitName}`,
          label: `${documentRef(c)} · ${c.issuingUnitName} · ${c.title}`,
        }))}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}
