import { ExclamationCircleOutlined, SearchOutlined } from '@ant-design/icons';
import {
  type CampaignSummary,
  formatNumber,
  matchesSearch,
  REPORT_STATUSES,
  type ReportListItem,
  type ReportListStatus,
  TIMELINESS,
  type Timeliness,
} from '@thidua/shared';
import { Alert, Button, Card, Flex, Grid, Input, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { useUrlParams } from '../../../lib/use-url-params.ts';
import { useMe } from '../../auth/hooks/useMe.ts';
import { useCampaignList } from '../../campaigns/hooks/useCampaigns.ts';
import { documentRef, formatDay } from '../../campaigns/lib/format.ts';
import { useCampaignPeriods, useInboxReports } from '../hooks/useInbox.ts';
import { defaultCampaign, defaultPeriod } from '../lib/defaults.ts';
import { inboxOrder, useReportLabels } from '../lib/labels.ts';
import { type InboxCountKey, InboxCounts } from './InboxCounts.tsx';
import { InboxTable } from './InboxTable.tsx';

const LIST_STATUSES: ReportListStatus[] = ['submitted', 'returned', 'accepted', 'draft', 'not_started'];
const isStatus = (v: string | null): v is ReportListStatus =>
  v === 'not_started' || (REPORT_STATUSES as readonly string[]).includes(v ?? '');
const isTimeliness = (v: string | null): v is Timeliness =>
  (TIMELINESS as readonly string[]).includes(v ?? '');

/** Counts per status and per timeliness, from the period's full list (not the filtered view). */
function countRows(rows: ReportListItem[]): Partial<Record<InboxCountKey, number>> {
  const c: Partial<Record<InboxCountKey, number>> = {};
  for (const r of rows) {
    c[r.status] = (c[r.status] ?? 0) + 1;
    c[r.timeliness] = (c[r.timeliness] ?? 0) + 1;
  }
  return c;
}

/**
 * /tiep-nhan-bao-cao: the office's inbox of periodic reports. Pick a campaign and a period (the address keeps
 * them: ?dot=…&ky=…&trang-thai=…&han=…), see the counts, filter, open a report to review it.
 */
export default function ReviewInboxPage() {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const me = useMe().data;
  const [params, update] = useUrlParams();
  const size = Grid.useBreakpoint().md === false ? 'small' : undefined;
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const campaigns = useCampaignList({});
  const campaignParam = Number(params.get('dot'));
  const campaign: CampaignSummary | undefined = useMemo(() => {
    const list = campaigns.data ?? [];
    return list.find((c) => c.id === campaignParam) ?? defaultCampaign(list, me?.assignments ?? []);
  }, [campaigns.data, campaignParam, me]);
  const periods = useCampaignPeriods(campaign?.id);
  const periodParam = params.get('ky');
  const period = useMemo(() => {
    const list = periods.data ?? [];
    return list.find((p) => p.id === periodParam) ?? defaultPeriod(list);
  }, [periods.data, periodParam]);
  const statusParam = params.get('trang-thai');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const timelinessParam = params.get('han');
  const timeliness = isTimeliness(timelinessParam) ? timelinessParam : undefined;

  const base = { campaignId: campaign?.id, periodId: period?.id };
  const all = useInboxReports(base);
  const view = useInboxReports({ ...base, status, timeliness, q: q || undefined });
  const counts = useMemo(() => countRows(all.data?.items ?? []), [all.data]);
  const rows = useMemo(() => [...(view.data?.items ?? [])].sort(inboxOrder), [view.data]);
  const filtered = Boolean(status || timeliness || q);

  // A period that no longer belongs to the chosen campaign is dropped from the address.
  // biome-ignore lint/correctness/useExhaustiveDependencies: update is a fresh closure each render
  useEffect(() => {
    if (periodParam && periods.data && !periods.data.some((p) => p.id === periodParam))
      update({ ky: undefined });
  }, [periodParam, periods.data]);

  const pick = (key: InboxCountKey) => {
    if (isStatus(key)) update({ 'trang-thai': status === key ? undefined : key, han: undefined });
    else update({ han: timeliness === key ? undefined : key, 'trang-thai': undefined });
  };
  const missing = counts.missing ?? 0;

  const header = <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />;
  if (campaigns.isError)
    return (
      <>
        {header}
        <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      </>
    );
  if (campaigns.isPending)
    return (
      <>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  if (!campaign)
    return (
      <>
        {header}
        <Card>
          <Alert type="info" showIcon title={t('review.noCampaigns')} />
        </Card>
      </>
    );

  return (
    <>
      {header}
      <Card size={size} style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="flex-end" style={{ marginBottom: 16 }}>
          <Flex vertical gap={4} style={{ flex: '1 1 420px', minWidth: 0, maxWidth: 720 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('review.campaign')}
            </Typography.Text>
            <Select<number>
              aria-label={t('review.campaign')}
              value={campaign.id}
              onChange={(id) => update({ dot: String(id), ky: undefined })}
              showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.title ?? ''), input) }}
              options={(campaigns.data ?? []).map((c) => ({
                value: c.id,
                title: `${documentRef(c)} ${c.title}`,
                label: `${documentRef(c)} · ${c.title}`,
              }))}
              style={{ width: '100%' }}
            />
          </Flex>
          <Flex vertical gap={4} style={{ flex: '0 1 260px', minWidth: 200 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('review.period')}
            </Typography.Text>
            <Select<string>
              aria-label={t('review.period')}
              value={period?.id}
              loading={periods.isPending}
              onChange={(id) => update({ ky: id })}
              placeholder={t('review.noPeriods')}
              options={(periods.data ?? []).map((p) => ({
                value: p.id,
                label: t('review.periodOption', { label: p.label, due: formatDay(p.dueOn) }),
              }))}
              style={{ width: '100%' }}
            />
          </Flex>
        </Flex>
        {periods.isError ? (
          <QueryError error={periods.error} onRetry={() => void periods.refetch()} />
        ) : all.isError ? (
          <QueryError error={all.error} onRetry={() => void all.refetch()} />
        ) : all.data ? (
          <InboxCounts counts={counts} active={status ?? timeliness} onPick={pick} />
        ) : (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        )}
      </Card>
      <Card size={size}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            aria-label={t('review.searchLabel')}
            placeholder={t('review.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <Select<ReportListStatus>
            allowClear
            aria-label={t('review.status')}
            placeholder={t('review.status')}
            value={status}
            onChange={(v) => update({ 'trang-thai': v })}
            options={LIST_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            style={{ width: 190 }}
          />
          <Select<Timeliness>
            allowClear
            aria-label={t('review.timeliness')}
            placeholder={t('review.timeliness')}
            value={timeliness}
            onChange={(v) => update({ han: v })}
            options={TIMELINESS.map((s) => ({ value: s, label: labels.timeliness(s) }))}
            style={{ width: 190 }}
          />
          <Button
            danger={missing > 0}
            type={timeliness === 'missing' ? 'primary' : 'default'}
            icon={<ExclamationCircleOutlined />}
            onClick={() => pick('missing')}
            aria-pressed={timeliness === 'missing'}
          >
            {t('review.whoMissing', { count: missing, formatted: formatNumber(missing) })}
          </Button>
          {filtered && (
            <Button
              type="link"
              onClick={() => {
                setSearch('');
                update({ 'trang-thai': undefined, han: undefined });
              }}
            >
              {t('review.clearFilters')}
            </Button>
          )}
          {view.data && (
            <Typography.Text type="secondary">
              {t('review.total', { formatted: formatNumber(rows.length) })}
            </Typography.Text>
          )}
        </Flex>
        {view.isError ? (
          <QueryError error={view.error} onRetry={() => void view.refetch()} />
        ) : (
          <InboxTable rows={rows} loading={view.isFetching && !view.data} filtered={filtered} />
        )}
      </Card>
    </>
  );
}
