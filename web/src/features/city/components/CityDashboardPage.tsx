import { Alert, Card, Flex, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { formatDay } from '../../campaigns/lib/format.ts';
import { StatTile } from '../../dashboard/components/StatTile.tsx';
import { useCityDashboard } from '../hooks/useCity.ts';
import { useCityT } from '../locales/index.ts';
import { CityHeatmap } from './CityHeatmap.tsx';
import { CityIndicators } from './CityIndicators.tsx';
import { CityPageHeader } from './CityPageHeader.tsx';
import { DecideModal, type DecideTarget } from './DecideModal.tsx';
import { NotReportedWards } from './NotReportedWards.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { WardRanking } from './WardRanking.tsx';

/**
 * /dot-thi-dua/:id/thanh-pho: the city's view of a plan its wards implement. For one period: how many wards sent
 * their aggregated report, the city indicators rolled up from the wards (and how), a wards × indicators heatmap,
 * the wards' ranking with their reports (accept / return for the city office) and the wards still missing.
 */
export default function CityDashboardPage() {
  const t = useCityT();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const [search, update] = useUrlParams();
  const periodId = search.get('periodId') ?? undefined;
  const q = useCityDashboard(valid ? id : null, periodId);
  const compact = Grid.useBreakpoint().md === false;
  const [deciding, setDeciding] = useState<DecideTarget | null>(null);

  if (!valid || isApiError(q.error, 'NOT_FOUND')) return <NotFoundPage />;
  const d = q.data;
  const notCity = isApiError(q.error, 'CITY_CAMPAIGN_REQUIRED');

  return (
    <>
      <CityPageHeader campaignId={id} title={t('city.dash.title')} compact={compact}>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: d?.campaignTitle }}
          style={{ margin: '4px 0 12px' }}
        >
          {d ? t('city.dash.subtitle', { issuer: d.issuerName, title: d.campaignTitle }) : '\u00a0'}
        </Typography.Paragraph>
        <PeriodSelect
          value={periodId ?? d?.period.id}
          loading={q.isFetching}
          onChange={(v) => update({ periodId: v })}
          options={(d?.periods ?? []).map((p) => {
            const label = t('city.periodOption', { label: p.label, due: formatDay(p.dueOn) });
            return { value: p.id, label, title: label };
          })}
        />
        {d && (
          <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
            {t('city.dash.asOf', {
              period: d.period.label,
              due: formatDay(d.period.dueOn),
              today: formatDay(d.today),
            })}
          </Typography.Paragraph>
        )}
      </CityPageHeader>
      {notCity ? (
        <Alert type="info" showIcon title={t('city.dash.notApplicable')} />
      ) : q.isError && !d ? (
        <QueryError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      ) : (
        <Flex
          vertical
          gap={16}
          style={{ opacity: q.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s', minWidth: 0 }}
        >
          <Card
            size={compact ? 'small' : undefined}
            title={t('city.dash.tiles.title')}
            styles={{ title: { whiteSpace: 'normal' } }}
          >
            <Flex gap={8} wrap data-testid="city-tiles">
              <StatTile label={t('city.dash.tiles.expected')} value={d.submissions.expected} />
              <StatTile label={t('city.dash.tiles.submitted')} value={d.submissions.submitted} tone="info" />
              <StatTile label={t('city.dash.tiles.accepted')} value={d.submissions.accepted} tone="success" />
              <StatTile label={t('city.dash.tiles.returned')} value={d.submissions.returned} tone="warning" />
              <StatTile label={t('city.dash.tiles.missing')} value={d.submissions.missing} tone="error" />
            </Flex>
          </Card>
          <CityIndicators data={d} />
          <CityHeatmap data={d} />
          <WardRanking data={d} onDecide={setDeciding} />
          <NotReportedWards data={d} />
        </Flex>
      )}
      <DecideModal target={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
