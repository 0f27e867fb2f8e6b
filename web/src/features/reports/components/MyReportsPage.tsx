import { formatNumber, REPORT_STATUSES, type ReportListItem, type ReportListStatus } from '@thidua/shared';
import { App, Card, Flex, Grid, Select, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { Forbidden, QueryError } from '../../../app/components/QueryError.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import type { ReportFilter } from '../api.ts';
import { useMyReports, useOpenReport, usePeriods } from '../hooks/useReports.ts';
import { useReportLabels } from '../lib/labels.ts';
import { isTodo, itemKey, sortDone, sortTodo } from '../lib/sort.ts';
import { ReportListCards, ReportListTable } from './ReportListView.tsx';

const LIST_STATUSES: ReportListStatus[] = ['not_started', ...REPORT_STATUSES];

/**
 * /bao-cao: every period the user's unit reports for — what is still to do first (by deadline, with the office's
 * comment on returned reports), then what was sent. Opening a period that has no report yet creates its draft.
 */
export default function MyReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const perms = usePermissions();
  const labels = useReportLabels();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? window.innerWidth >= 768;
  const [filter, setFilter] = useState<ReportFilter>({});
  const all = useMyReports({}, perms.canReport);
  const filtered = Boolean(filter.campaignId || filter.periodId || filter.status);
  const list = useMyReports(filter, perms.canReport && filtered);
  const shown = filtered ? list : all;
  const periods = usePeriods(filter.campaignId);
  const open = useOpenReport();
  const [opening, setOpening] = useState<string | null>(null);

  const campaigns = useMemo(() => {
    const seen = new Map<number, string>();
    for (const r of all.data?.items ?? []) seen.set(r.campaignId, r.campaignTitle);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all.data]);
  const items = shown.data?.items ?? [];
  const todo = useMemo(() => sortTodo(items.filter(isTodo)), [items]);
  const done = useMemo(() => sortDone(items.filter((r) => !isTodo(r))), [items]);

  if (!perms.canReport) return <Forbidden />;

  const onOpen = async (r: ReportListItem) => {
    if (r.reportId !== null) {
      navigate(`/bao-cao/${r.reportId}`);
      return;
    }
    setOpening(itemKey(r));
    try {
      const report = await open.mutateAsync({
        campaignId: r.campaignId,
        unitId: r.unitId,
        periodId: r.periodId,
      });
      navigate(`/bao-cao/${report.id}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setOpening(null);
    }
  };

  const counts = all.data?.counts ?? {};
  const View = wide ? ReportListTable : ReportListCards;
  const viewProps = {
    loading: shown.isFetching && !shown.data,
    opening,
    onOpen: (r: ReportListItem) => void onOpen(r),
  };

  return (
    <>
      <PageHeader title={t('reports.mineTitle')} subtitle={t('reports.mineSubtitle')} />
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: wide ? '12px 16px' : 12 } }}>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('reports.summary')}</Typography.Text>
          {LIST_STATUSES.map((s) => (
            <Tag.CheckableTag
              key={s}
              checked={filter.status === s}
              onChange={(on) => setFilter((f) => ({ ...f, status: on ? s : undefined }))}
              style={{ border: '1px solid #d9d9d9', paddingInline: 10, fontSize: 13 }}
            >
              {labels.status(s)}: <strong>{formatNumber(counts[s] ?? 0)}</strong>
            </Tag.CheckableTag>
          ))}
          {(counts.missing ?? 0) > 0 && (
            <Tag color="red" style={{ marginInlineStart: 4 }}>
              {t('reports.missingCount', { count: counts.missing ?? 0 })}
            </Tag>
          )}
        </Flex>
      </Card>
      <Card styles={{ body: { padding: wide ? 24 : 12 } }}>
        <Flex gap={wide ? 12 : 8} wrap align="center" style={{ marginBottom: 16 }}>
          <Select<number>
            allowClear
            aria-label={t('reports.campaignFilter')}
            placeholder={t('reports.campaignFilter')}
            value={filter.campaignId}
            onChange={(campaignId) => setFilter((f) => ({ ...f, campaignId, periodId: undefined }))}
            options={campaigns}
            popupMatchSelectWidth={false}
            style={{ width: 360, maxWidth: '100%' }}
          />
          <Select<string>
            allowClear
            aria-label={t('reports.periodFilter')}
            placeholder={filter.campaignId ? t('reports.periodFilter') : t('reports.periodFilterFirst')}
            disabled={!filter.campaignId}
            loading={periods.isFetching}
            value={filter.periodId}
            onChange={(periodId) => setFilter((f) => ({ ...f, periodId }))}
            options={(periods.data ?? []).map((p) => ({ value: p.id, label: p.label }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
          <Select<ReportListStatus>
            allowClear
            aria-label={t('reports.statusFilter')}
            placeholder={t('reports.statusFilter')}
            value={filter.status}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
            options={LIST_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
            style={{ width: 200, maxWidth: '100%' }}
          />
        </Flex>
        {shown.isError ? (
          <QueryError error={shown.error} onRetry={() => void shown.refetch()} />
        ) : !shown.data ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Flex vertical gap={20}>
            <section aria-labelledby="reports-todo">
              <Typography.Title level={5} id="reports-todo" style={{ marginTop: 0 }}>
                {t('reports.todoTitle', { count: todo.length })}
              </Typography.Title>
              <View
                {...viewProps}
                items={todo}
                empty={filtered ? t('reports.noResults') : t('reports.todoEmpty')}
              />
            </section>
            <section aria-labelledby="reports-done">
              <Typography.Title level={5} id="reports-done" style={{ marginTop: 0 }}>
                {t('reports.doneTitle', { count: done.length })}
              </Typography.Title>
              <View
                {...viewProps}
                items={done}
                empty={filtered ? t('reports.noResults') : t('reports.doneEmpty')}
              />
            </section>
          </Flex>
        )}
      </Card>
    </>
  );
}
