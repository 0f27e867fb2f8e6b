import { ArrowLeftOutlined } from '@ant-design/icons';
import { type Campaign, type Indicator, matchesSearch } from '@thidua/shared';
import { Card, Empty, Flex, Grid, Select, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useCampaignAccess } from '../../campaigns/hooks/useCampaignAccess.ts';
import { useCampaign } from '../../campaigns/hooks/useCampaigns.ts';
import { documentRef } from '../../campaigns/lib/format.ts';
import { ScheduleEditor } from './ScheduleEditor.tsx';

/** "CT01" < "CT01.1" < "CT01.2" < "CT02" < "CT10": codes compared part by part, numbers as numbers. */
function byCode(a: Indicator, b: Indicator): number {
  return a.code.localeCompare(b.code, 'vi', { numeric: true }) || a.sortOrder - b.sortOrder;
}

/** Indicators in code order, each with its depth under its parent (for indentation). */
function orderedIndicators(c: Campaign): { indicator: Indicator; depth: number }[] {
  const byId = new Map(c.indicators.map((i) => [i.id, i]));
  const depth = (i: Indicator) => {
    let d = 0;
    let p = i.parentIndicatorId === null ? undefined : byId.get(i.parentIndicatorId);
    while (p && d < 10) {
      d += 1;
      p = p.parentIndicatorId === null ? undefined : byId.get(p.parentIndicatorId);
    }
    return d;
  };
  return [...c.indicators].sort(byCode).map((indicator) => ({ indicator, depth: depth(indicator) }));
}

/**
 * /dot-thi-dua/:id/tien-do: the progress schedule (đường găng) of one indicator, for the indicator as a whole or
 * for one of its units (?chi-tieu=…&don-vi=… keep the choice in the address).
 */
export default function SchedulePage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const campaign = useCampaign(valid ? id : null);
  const access = useCampaignAccess(campaign.data);
  const [search, choose] = useUrlParams();
  const compact = Grid.useBreakpoint().md === false;
  const c = campaign.data;
  const ordered = useMemo(() => (c ? orderedIndicators(c) : []), [c]);

  if (!valid) return <NotFoundPage />;
  if (campaign.isError) {
    if (isApiError(campaign.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  if (!c)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );

  const indicatorParam = Number(search.get('chi-tieu'));
  const indicator =
    ordered.find((o) => o.indicator.id === indicatorParam)?.indicator ?? ordered[0]?.indicator;
  const unitParam = Number(search.get('don-vi'));
  const unitId = indicator?.assignedUnitIds.includes(unitParam) ? unitParam : null;
  const unitName = new Map(c.units.map((u) => [u.id, u]));
  const unitOptions = indicator
    ? [
        { value: 0, label: t('schedules.wholeIndicator') },
        ...indicator.assignedUnitIds
          .map((u) => unitName.get(u))
          .filter((u) => u !== undefined)
          .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }))
          .map((u) => ({ value: u.id, label: u.name })),
      ]
    : [];

  return (
    <>
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: compact ? '12px 14px' : '16px 24px' } }}>
        <Link to={`/dot-thi-dua/${c.id}?tab=chi-tieu`} style={{ display: 'inline-block', marginBottom: 8 }}>
          <ArrowLeftOutlined /> {t('schedules.backToCampaign')}
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('schedules.title')}
        </Typography.Title>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: c.title }}
          style={{ margin: '4px 0 12px' }}
        >
          {documentRef(c)} · {c.title}
        </Typography.Paragraph>
        {indicator && (
          <Flex gap={12} wrap align="flex-end">
            <Flex vertical gap={4} style={{ flex: '3 1 360px', minWidth: 0 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('schedules.indicator')}
              </Typography.Text>
              <Select<number>
                aria-label={t('schedules.indicator')}
                value={indicator.id}
                onChange={(v) => choose({ 'chi-tieu': String(v), 'don-vi': null })}
                showSearch={{
                  filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input),
                }}
                options={ordered.map(({ indicator: i, depth }) => ({
                  value: i.id,
                  title: `${i.code} ${i.name}`,
                  label: (
                    <span style={{ paddingInlineStart: depth * 16 }}>
                      <Typography.Text strong={depth === 0}>{i.code}</Typography.Text> · {i.name}
                    </span>
                  ),
                }))}
                labelRender={() => `${indicator.code} · ${indicator.name}`}
                style={{ width: '100%' }}
              />
            </Flex>
            <Flex vertical gap={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('schedules.unit')}
              </Typography.Text>
              <Select<number>
                aria-label={t('schedules.unit')}
                value={unitId ?? 0}
                onChange={(v) => choose({ 'don-vi': v ? String(v) : null })}
                showSearch={{
                  filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input),
                }}
                options={unitOptions}
                style={{ width: '100%' }}
              />
            </Flex>
          </Flex>
        )}
      </Card>
      {indicator ? (
        <ScheduleEditor
          key={`${indicator.id}-${unitId ?? 0}`}
          campaign={c}
          indicator={indicator}
          unitId={unitId}
          editable={access.editable}
        />
      ) : (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedules.noIndicators')} />
        </Card>
      )}
    </>
  );
}
