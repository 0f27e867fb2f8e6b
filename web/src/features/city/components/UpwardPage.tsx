import { Alert, Card, Col, Flex, Grid, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useUpward } from '../hooks/useCity.ts';
import { useCityLabels } from '../lib/format.ts';
import { useCityT } from '../locales/index.ts';
import { CityPageHeader } from './CityPageHeader.tsx';
import { DecideModal, type DecideTarget } from './DecideModal.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { ReadinessCard } from './ReadinessCard.tsx';
import { UpwardActions } from './UpwardActions.tsx';
import { UpwardStatusCard } from './UpwardStatusCard.tsx';
import { UpwardValues } from './UpwardValues.tsx';

/**
 * /dot-thi-dua/:id/bao-cao-cap-tren?periodId=: a ward campaign's aggregated report to the city plan it implements.
 * For one period: its status, whether the units' reports are ready, the linked figures to send (or sent), and the
 * actions the server allows the signed-in user (send, withdraw; accept, return for the city).
 */
export default function UpwardPage() {
  const t = useCityT();
  const labels = useCityLabels();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const [search, update] = useUrlParams();
  const periodId = search.get('periodId') ?? undefined;
  const q = useUpward(valid ? id : null, periodId);
  const compact = Grid.useBreakpoint().md === false;
  const [deciding, setDeciding] = useState<DecideTarget | null>(null);

  if (!valid || isApiError(q.error, 'NOT_FOUND')) return <NotFoundPage />;
  const d = q.data;
  const noParent = isApiError(q.error, 'UPWARD_NO_PARENT');
  const s = d?.submission ?? null;
  const sent = s !== null && (s.status === 'submitted' || s.status === 'accepted');

  return (
    <>
      <CityPageHeader campaignId={id} title={t('city.upward.title')} compact={compact}>
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '4px 0 0' }}
          ellipsis={{ rows: 2, tooltip: d?.campaignTitle }}
        >
          {d?.campaignTitle ?? '\u00a0'}
        </Typography.Paragraph>
        {d && (
          <Typography.Paragraph
            style={{ margin: '2px 0 12px' }}
            ellipsis={{ rows: 2, tooltip: d.parentCampaign.title }}
          >
            {t('city.upward.to', { issuer: d.parentCampaign.issuerName, title: d.parentCampaign.title })}
          </Typography.Paragraph>
        )}
        {!noParent && (
          <PeriodSelect
            value={periodId ?? d?.period.id}
            loading={q.isFetching}
            onChange={(v) => update({ periodId: v })}
            options={(d?.periods ?? []).map((p) => ({
              value: p.id,
              title: p.label,
              label: t('city.upward.periodStatus', { label: p.label, status: labels.upward(p.status) }),
            }))}
          />
        )}
      </CityPageHeader>
      {noParent ? (
        <Alert type="info" showIcon title={q.error instanceof Error ? q.error.message : ''} />
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
          {d.locked && (
            <Alert
              type="info"
              showIcon
              data-testid="upward-locked"
              title={t('city.upward.locked', {
                period: d.period.label,
                state:
                  s?.status === 'accepted'
                    ? t('city.upward.lockedAccepted')
                    : t('city.upward.lockedSubmitted'),
              })}
            />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <UpwardStatusCard state={d} />
            </Col>
            <Col xs={24} lg={12}>
              <ReadinessCard state={d} />
            </Col>
          </Row>
          <UpwardValues values={sent && s ? s.values : d.values} sent={sent} />
          <UpwardActions state={d} onDecide={setDeciding} />
        </Flex>
      )}
      <DecideModal target={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
