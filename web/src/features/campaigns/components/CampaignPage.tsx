import { Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { CityLinks } from '../../city/components/CityLinks.tsx';
import { PublicSettingsCard } from '../../portal/components/PublicSettingsCard.tsx';
import { useCampaignAccess } from '../hooks/useCampaignAccess.ts';
import { useCampaign } from '../hooks/useCampaigns.ts';
import { AssignTab } from './assign/AssignTab.tsx';
import { CampaignHeader } from './CampaignHeader.tsx';
import { HistoryTab } from './history/HistoryTab.tsx';
import { IndicatorsTab } from './indicators/IndicatorsTab.tsx';
import { OverviewTab } from './overview/OverviewTab.tsx';
import { TasksTab } from './tasks/TasksTab.tsx';

/** Tab keys as they appear in the address (?tab=chi-tieu), so a tab can be linked and survives a reload. */
const TABS = ['tong-quan', 'chi-tieu', 'nhiem-vu', 'don-vi', 'lich-su'] as const;
type TabKey = (typeof TABS)[number];

/** /dot-thi-dua/:id: the campaign's header with its workflow actions, and one tab per part of the plan. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const [search, setParam] = useUrlParams();
  const campaign = useCampaign(Number.isInteger(id) && id > 0 ? id : null);
  const access = useCampaignAccess(campaign.data);
  const tabParam = search.get('tab');
  const tab: TabKey = TABS.includes(tabParam as TabKey) ? (tabParam as TabKey) : 'tong-quan';

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (campaign.isError) {
    if (isApiError(campaign.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;
  if (!c)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const items = [
    {
      key: 'tong-quan',
      label: t('campaigns.tabOverview'),
      children: <OverviewTab campaign={c} access={access} />,
    },
    {
      key: 'chi-tieu',
      label: t('campaigns.tabIndicators', { count: c.indicators.length }),
      children: <IndicatorsTab campaign={c} access={access} />,
    },
    {
      key: 'nhiem-vu',
      label: t('campaigns.tabTasks', { count: c.tasks.length }),
      children: <TasksTab campaign={c} access={access} />,
    },
    { key: 'don-vi', label: t('campaigns.tabUnits'), children: <AssignTab campaign={c} access={access} /> },
    { key: 'lich-su', label: t('campaigns.tabHistory'), children: <HistoryTab campaign={c} /> },
  ];

  return (
    <>
      <CampaignHeader campaign={c} access={access} />
      <CityLinks campaign={c} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          items={items}
          destroyOnHidden
          size="large"
          onChange={(k) => setParam({ tab: k })}
        />
      </Card>
      <PublicSettingsCard
        campaignId={c.id}
        issuingUnitId={c.issuingUnitId}
        issuingUnitPath={c.issuingUnitPath}
      />
    </>
  );
}
