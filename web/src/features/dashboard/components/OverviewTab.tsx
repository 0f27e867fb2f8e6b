import type { Campaign, Dashboard, ProgressStatus } from '@thidua/shared';
import { Card, Col, Grid, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../campaigns/lib/format.ts';
import type { DashboardFilters } from '../lib/filters.ts';
import { withShapes } from '../lib/format.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { KeyGauges } from './KeyGauges.tsx';
import { MoneySources } from './MoneySources.tsx';
import { NotReportedCard } from './NotReportedCard.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { ScoreCard } from './ScoreCard.tsx';
import { SourcesDrawer } from './SourcesDrawer.tsx';
import { StatusSummary } from './StatusSummary.tsx';
import { TrendCard } from './TrendCard.tsx';

/**
 * "Tổng quan": the period's reports and score, the indicators' statuses, key indicators as gauges, money by
 * source, who has not reported, what moved since last period and the full indicator table. Every value opens the
 * drawer that says where it came from.
 */
export function OverviewTab({
  data,
  campaign,
  filters,
}: {
  data: Dashboard;
  campaign: Campaign | undefined;
  filters: DashboardFilters;
}) {
  const { t } = useTranslation();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const rows = useMemo(() => withShapes(data.indicators, campaign), [data.indicators, campaign]);
  const [status, setStatus] = useState<ProgressStatus | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const open = rows.find((r) => r.id === openId) ?? null;
  const pickStatus = (s: ProgressStatus | null) => {
    setStatus(s);
    if (s) document.getElementById('indicators')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          size={size}
          title={t('dashboard.reports.title', { period: data.period.label })}
          style={{ height: '100%' }}
        >
          <ReportSummary data={data} />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <Card size={size} style={{ height: '100%' }}>
          <ScoreCard data={data} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size={size} title={t('dashboard.status.title')}>
          <StatusSummary counts={data.statusCounts} active={status} onPick={pickStatus} />
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <KeyGauges rows={rows} onOpen={setOpenId} />
      </Col>
      <Col xs={24} xxl={12}>
        <MoneySources rows={rows} onOpen={setOpenId} />
      </Col>
      <Col xs={24} lg={12}>
        <NotReportedCard data={data} filters={filters} />
      </Col>
      <Col xs={24} lg={12}>
        <TrendCard data={data} rows={rows} onOpen={setOpenId} />
      </Col>
      <Col span={24}>
        <IndicatorTable
          campaignId={data.campaignId}
          rows={rows}
          filters={filters}
          status={status}
          onClearStatus={() => setStatus(null)}
          onOpen={setOpenId}
        />
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.asOf', { period: data.period.label, today: formatDay(data.today) })}
        </Typography.Text>
      </Col>
      <SourcesDrawer
        indicator={open}
        periodId={data.period.id}
        unitId={filters.unitId}
        onClose={() => setOpenId(null)}
      />
    </Row>
  );
}
