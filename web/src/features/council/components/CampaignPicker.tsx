import { type CampaignSummary, matchesSearch } from '@thidua/shared';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentRef } from '../../campaigns/lib/format.ts';

/** The campaign a rewards screen works on ("232/KH-UBND · Kế hoạch …"), searchable without diacritics. */
export function CampaignPicker({
  campaigns,
  value,
  onChange,
}: {
  campaigns: CampaignSummary[];
  value: number | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 420px', minWidth: 0, maxWidth: 760 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('council.campaign')}
      </Typography.Text>
      <Select<number>
        aria-label={t('council.campaign')}
        value={value}
        onChange={onChange}
        showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input) }}
        options={campaigns.map((c) => ({
          value: c.id,
          title: `${documentRef(c)} ${c.title}`,
          label: `${documentRef(c)} · ${c.title}`,
        }))}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}
