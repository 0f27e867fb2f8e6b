import { ArrowLeftOutlined, FileTextOutlined } from '@ant-design/icons';
import { Card, Flex, Grid, Skeleton, Tabs, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useCampaign } from '../../campaigns/hooks/useCampaigns.ts';
import { documentRef } from '../../campaigns/lib/format.ts';
import { CityLinks } from '../../city/components/CityLinks.tsx';
import { useDashboard } from '../hooks/useDashboard.ts';
import { readFilters } from '../lib/filters.ts';
import { FilterBar } from './FilterBar.tsx';
import { OverviewTab } from './OverviewTab.tsx';

// The other tabs load when first opened, so the overview does not wait for their code (schedule editor, date
// pickers, forms, upload…). Measured with bench/web-load.ts.
const ScheduleTab = lazy(() => import('./ScheduleTab.tsx').then((m) => ({ default: m.ScheduleTab })));
const HeatmapTab = lazy(() =>
  import('../../evaluation/components/HeatmapTab.tsx').then((m) => ({ default: m.HeatmapTab })),
);
const RankingTab = lazy(() =>
  import('../../evaluation/components/RankingTab.tsx').then((m) => ({ default: m.RankingTab })),
);
const EvaluationSettingsTab = lazy(() =>
  import('../../evaluation/components/EvaluationSettingsTab.tsx').then((m) => ({
    default: m.EvaluationSettingsTab,
  })),
);

/** A lazily loaded tab, with a skeleton while its code arrives. */
function LazyTab({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      }
    >
      {children}
    </Suspense>
  );
}

/** Tab keys as they appear in the address (?tab=duong-gang). */
const TABS = ['tong-quan', 'duong-gang', 'ban-do-nhiet', 'xep-hang', 'cach-cham-diem'] as const;
type TabKey = (typeof TABS)[number];

/**
 * /dot-thi-dua/:id/bang-dieu-khien: the campaign's dashboard. One filter bar (period, unit subtree, indicator
 * group, kept in the address) for every tab: overview, đường găng, heatmap, ranking, and for the office the
 * scoring rules.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const [search, update] = useUrlParams();
  const filters = readFilters(search);
  const campaign = useCampaign(valid ? id : null);
  const dashboard = useDashboard(valid ? id : null, filters);
  const perms = usePermissions();
  const compact = Grid.useBreakpoint().md === false;
  const canScore = perms.isAdmin || perms.roles.has('office');
  const tabParam = search.get('tab') as TabKey | null;
  const tab: TabKey =
    tabParam && TABS.includes(tabParam) && (tabParam !== 'cach-cham-diem' || canScore)
      ? tabParam
      : 'tong-quan';

  if (!valid) return <NotFoundPage />;
  const failed = campaign.error ?? (dashboard.data ? null : dashboard.error);
  if (isApiError(failed, 'NOT_FOUND')) return <NotFoundPage />;
  const c = campaign.data;
  const d = dashboard.data;

  const overview =
    dashboard.isError && !d ? (
      <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
    ) : d ? (
      <div style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s' }}>
        <OverviewTab data={d} campaign={c} filters={filters} />
      </div>
    ) : (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  const items = [
    { key: 'tong-quan', label: t('dashboard.tabOverview'), children: overview },
    {
      key: 'duong-gang',
      label: t('dashboard.tabSchedule'),
      children: c ? (
        <LazyTab>
          <ScheduleTab campaign={c} />
        </LazyTab>
      ) : (
        <Skeleton active />
      ),
    },
    {
      key: 'ban-do-nhiet',
      label: t('evaluation.heatmap'),
      children: (
        <LazyTab>
          <HeatmapTab campaignId={id} filters={filters} />
        </LazyTab>
      ),
    },
    {
      key: 'xep-hang',
      label: t('evaluation.ranking'),
      children: (
        <LazyTab>
          <RankingTab campaignId={id} filters={filters} />
        </LazyTab>
      ),
    },
    ...(canScore
      ? [
          {
            key: 'cach-cham-diem',
            label: t('evaluation.settings'),
            children: (
              <LazyTab>
                <EvaluationSettingsTab campaignId={id} filters={filters} />
              </LazyTab>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: compact ? '12px 14px' : '16px 24px' } }}>
        <Link to={`/dot-thi-dua/${id}`} style={{ display: 'inline-block', marginBottom: 8 }}>
          <ArrowLeftOutlined /> {t('dashboard.backToCampaign')}
        </Link>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dashboard.title')}
          </Typography.Title>
          <CityLinks campaign={c} inline />
          <Link to={`/dot-thi-dua/${id}/van-ban`}>
            <FileTextOutlined /> {t('documents.open')}
          </Link>
        </Flex>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: c?.title ?? d?.campaignTitle }}
          style={{ margin: '4px 0 12px' }}
        >
          {c ? `${documentRef(c)} · ${c.title}` : (d?.campaignTitle ?? '\u00a0')}
        </Typography.Paragraph>
        {campaign.isError ? (
          <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />
        ) : (
          <FilterBar
            data={d}
            filters={filters}
            rootUnitId={c?.issuingUnitId}
            loading={dashboard.isFetching}
            onChange={update}
          />
        )}
      </Card>
      <Tabs
        activeKey={tab}
        items={items}
        destroyOnHidden
        size={compact ? 'middle' : 'large'}
        onChange={(k) => update({ tab: k === 'tong-quan' ? undefined : k })}
        style={{ minWidth: 0 }}
      />
    </>
  );
}
