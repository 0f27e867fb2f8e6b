import { ORG_UNIT_KINDS, type OrgUnitKind } from '@thidua/shared';
import { Card, Empty, Flex, Grid, Segmented, Select, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useLabels } from '../../../lib/labels.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import type { DashboardFilters } from '../../dashboard/lib/filters.ts';
import { useRanking } from '../hooks/useEvaluation.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { RankingCards } from './ranking/RankingCards.tsx';
import { RankingChart } from './ranking/RankingChart.tsx';
import { RankingRules } from './ranking/RankingRules.tsx';
import { RankingTable } from './ranking/RankingTable.tsx';

type View = 'table' | 'chart';

/**
 * Dashboard tab "Xếp hạng": units ranked by their total among peers of one kind (?kind= in the address), as a
 * table whose rows explain themselves, or as bars.
 */
export function RankingTab({ campaignId, filters }: { campaignId: number; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useUrlParams();
  const kindParam = params.get('kind');
  const kind = ORG_UNIT_KINDS.includes(kindParam as OrgUnitKind) ? (kindParam as OrgUnitKind) : undefined;
  const [view, setView] = useState<View>('table');
  const phone = Grid.useBreakpoint().md === false;
  const ranking = useRanking(campaignId, filters, kind);
  const data = ranking.data;

  const toolbar = (
    <Flex gap={8} wrap align="center">
      <Select<OrgUnitKind | ''>
        aria-label={t('evaluation.peerKind')}
        value={kind ?? ''}
        onChange={(v) => setParams({ kind: v || null })}
        options={[
          { value: '', label: t('evaluation.allKinds') },
          ...ORG_UNIT_KINDS.map((k) => ({ value: k, label: labels.kind(k) })),
        ]}
        style={{ minWidth: phone ? '100%' : 220 }}
      />
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'table', label: t('evaluation.viewRankTable') },
          { value: 'chart', label: t('evaluation.viewChart') },
        ]}
      />
      <ExportButtons campaignId={campaignId} view="ranking" filters={filters} kind={kind} />
    </Flex>
  );

  let body: ReactNode;
  if (ranking.isError && !data)
    body = <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (data.rows.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.rankingEmpty')} />;
  else if (view === 'chart') body = <RankingChart data={data} />;
  else if (phone) body = <RankingCards campaignId={campaignId} data={data} />;
  else body = <RankingTable campaignId={campaignId} data={data} />;

  return (
    <Card styles={{ body: { padding: phone ? 10 : 16 } }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {data ? t('evaluation.rankingTitle', { period: data.period.label }) : t('evaluation.ranking')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {kind
              ? t('evaluation.rankingAmong', { kind: labels.kind(kind).toLowerCase() })
              : t('evaluation.rankingAll')}
          </Typography.Text>
        </div>
        {toolbar}
      </Flex>
      {data && <RankingRules settings={data.settings} />}
      {body}
    </Card>
  );
}
