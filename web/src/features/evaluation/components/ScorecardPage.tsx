import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Skeleton, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useCampaign } from '../../campaigns/hooks/useCampaigns.ts';
import { useScorecard } from '../hooks/useEvaluation.ts';
import { isReader } from '../lib/roles.ts';
import { ScorecardFilters } from './scorecard/ScorecardFilters.tsx';
import { ScorecardIndicators } from './scorecard/ScorecardIndicators.tsx';
import { ScorecardSummary } from './scorecard/ScorecardSummary.tsx';

/**
 * /dot-thi-dua/:id/ket-qua-don-vi?unitId=&periodId=: one unit's results in the campaign. Unit reporters and heads
 * see their own unit; the office, chair, council and viewers pick any unit. Another unit's card asked for by a unit
 * user reads as "no permission", not as an error.
 */
export default function ScorecardPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useUrlParams();
  const perms = usePermissions();
  const reader = isReader(perms.roles);
  const unitParam = Number(params.get('unitId'));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : undefined;
  const periodId = params.get('periodId') || undefined;
  const campaign = useCampaign(valid ? id : null);
  const card = useScorecard(id, unitId, periodId, valid && (!reader || unitId !== undefined));
  const units = useMemo(() => {
    const c = campaign.data;
    if (!c || !reader) return null;
    const assigned = new Set(c.indicators.flatMap((i) => i.assignedUnitIds));
    return c.units
      .filter((u) => assigned.has(u.id))
      .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  }, [campaign.data, reader]);

  if (!valid) return <NotFoundPage />;
  const data = card.data;
  const back = reader ? `/dot-thi-dua/${id}/bang-dieu-khien?tab=xep-hang` : '/';

  let body: ReactNode;
  if (card.isError && isApiError(card.error) && card.error.status === 403)
    body = (
      <Result
        status="403"
        title={t('evaluation.scorecardForbidden')}
        subTitle={t('evaluation.scorecardForbiddenDesc')}
        extra={
          <Button type="primary" onClick={() => setParams({ unitId: null })}>
            {t('evaluation.myUnit')}
          </Button>
        }
      />
    );
  else if (card.isError && isApiError(card.error) && card.error.status === 404)
    body = (
      <Result status="info" title={t('evaluation.scorecardNoUnit')} subTitle={errorMessage(card.error)} />
    );
  else if (card.isError) body = <QueryError error={card.error} onRetry={() => void card.refetch()} />;
  else if (reader && unitId === undefined)
    body = (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.pickUnitFirst')} />
      </Card>
    );
  else if (!data)
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  else
    body = (
      <>
        <ScorecardSummary data={data} settings={data.settings} />
        <Card
          title={t('evaluation.indicatorsOfUnit', { count: data.indicators.length })}
          styles={{ body: { padding: 12 } }}
        >
          <ScorecardIndicators campaignId={id} data={data} />
        </Card>
      </>
    );

  const showData = data && !card.isError;
  return (
    <>
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '14px 18px' } }}>
        <Link to={back} style={{ display: 'inline-block', marginBottom: 6 }}>
          <ArrowLeftOutlined /> {reader ? t('evaluation.backToDashboard') : t('common.backHome')}
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="scorecard-title">
          {showData ? t('evaluation.scorecardOf', { unit: data.unit.name }) : t('evaluation.scorecardTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 12px' }}>
          {campaign.data?.title ?? ''}
          {showData ? ` · ${data.period.label}` : ''}
        </Typography.Paragraph>
        <ScorecardFilters data={showData ? data : undefined} units={units} onChange={setParams} />
      </Card>
      {body}
    </>
  );
}
