import type { HeatCell } from '@thidua/shared';
import { Card, Empty, Flex, Grid, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import type { DashboardFilters } from '../../dashboard/lib/filters.ts';
import { useHeatmap } from '../hooks/useEvaluation.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { HeatCellModal } from './heatmap/HeatCellModal.tsx';
import { HeatmapGrid } from './heatmap/HeatmapGrid.tsx';
import { HeatmapList } from './heatmap/HeatmapList.tsx';
import { ScoreLegend } from './heatmap/ScoreLegend.tsx';

type View = 'grid' | 'table';

/** Dashboard tab "Bản đồ nhiệt": every unit's score on every indicator for the period, as colours or a table. */
export function HeatmapTab({ campaignId, filters }: { campaignId: number; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const heatmap = useHeatmap(campaignId, filters);
  const [view, setView] = useState<View>('grid');
  const [selected, setSelected] = useState<HeatCell | null>(null);
  const phone = Grid.useBreakpoint().md === false;
  const data = heatmap.data;

  if (heatmap.isError && !data)
    return <QueryError error={heatmap.error} onRetry={() => void heatmap.refetch()} />;
  if (!data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );

  const empty = data.units.length === 0 || data.indicators.length === 0;
  return (
    <Card styles={{ body: { padding: phone ? 10 : 16 } }}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('evaluation.heatmapTitle', { period: data.period.label })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(phone ? 'evaluation.heatmapHintTouch' : 'evaluation.heatmapHint', {
              units: data.units.length,
              indicators: data.indicators.length,
            })}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'grid', label: t('evaluation.viewGrid') },
              { value: 'table', label: t('evaluation.viewTable') },
            ]}
          />
          <ExportButtons campaignId={campaignId} view="heatmap" filters={filters} />
        </Flex>
      </Flex>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.heatmapEmpty')} />
      ) : view === 'grid' ? (
        <>
          <div style={{ marginBottom: 12 }}>
            <ScoreLegend />
          </div>
          <HeatmapGrid data={data} selected={selected} onOpen={setSelected} />
        </>
      ) : (
        <HeatmapList data={data} />
      )}
      <HeatCellModal
        campaignId={campaignId}
        cell={selected}
        unit={data.units.find((u) => u.id === selected?.unitId)}
        indicator={data.indicators.find((i) => i.id === selected?.indicatorId)}
        onClose={() => setSelected(null)}
      />
    </Card>
  );
}
