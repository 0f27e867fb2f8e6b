import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

export type RewardsSection = 'nominations' | 'council' | 'disclosure' | 'decisions' | 'examples' | 'stats';

/** The address of each part of the rewards hub. */
export const REWARDS_PATHS: Record<RewardsSection, string> = {
  nominations: '/khen-thuong',
  council: '/khen-thuong/hoi-dong',
  disclosure: '/khen-thuong/cong-khai',
  decisions: '/khen-thuong/quyet-dinh',
  examples: '/khen-thuong/dien-hinh',
  stats: '/khen-thuong/thong-ke',
};

const ORDER: RewardsSection[] = ['nominations', 'council', 'disclosure', 'decisions', 'examples', 'stats'];

/**
 * The "Khen thưởng" hub: one row of tabs over every rewards screen (dossiers, council, disclosure, decisions,
 * advanced examples, statistics). The chosen campaign (?campaignId=) travels with the user from tab to tab.
 */
export function RewardsNav({ active }: { active: RewardsSection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const campaignId = new URLSearchParams(search).get('campaignId');
  const suffix = campaignId ? `?campaignId=${encodeURIComponent(campaignId)}` : '';
  return (
    <nav aria-label={t('nominations.nav.label')}>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`${REWARDS_PATHS[key as RewardsSection]}${suffix}`)}
        items={ORDER.map((key) => ({ key, label: t(`nominations.nav.${key}`) }))}
        style={{ marginBottom: 8 }}
      />
    </nav>
  );
}
