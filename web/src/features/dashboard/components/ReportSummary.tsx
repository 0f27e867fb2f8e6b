import type { Dashboard, ReportListStatus } from '@thidua/shared';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { useReportLabels } from '../../reports/lib/labels.ts';
import { StatTile, type Tone } from './StatTile.tsx';

const STATUSES: { key: ReportListStatus; tone: Tone }[] = [
  { key: 'accepted', tone: 'success' },
  { key: 'submitted', tone: 'info' },
  { key: 'returned', tone: 'warning' },
  { key: 'draft', tone: 'plain' },
  { key: 'not_started', tone: 'error' },
];
const TIMELINESS: {
  key: 'on_time' | 'late' | 'missing';
  field: 'onTime' | 'late' | 'missing';
  tone: Tone;
}[] = [
  { key: 'on_time', field: 'onTime', tone: 'success' },
  { key: 'late', field: 'late', tone: 'warning' },
  { key: 'missing', field: 'missing', tone: 'error' },
];

/**
 * The period's reports at a glance: how many units must report, how many reports are accepted, waiting, returned,
 * being entered or not started, and how many came on time, late or not at all. For those who read the office's
 * inbox each count opens the inbox filtered the same way.
 */
export function ReportSummary({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const { canReviewReports } = usePermissions();
  const r = data.reports;
  const inbox = (q: Record<string, string>) =>
    canReviewReports
      ? `/tiep-nhan-bao-cao?${new URLSearchParams({ dot: String(data.campaignId), ky: data.period.id, ...q })}`
      : undefined;
  const sent = (r.byStatus.accepted ?? 0) + (r.byStatus.submitted ?? 0);
  const labels = useReportLabels();

  return (
    <Flex vertical gap={10}>
      {r.expected === 0 ? (
        <Alert type="info" showIcon title={t('dashboard.reports.noneExpected')} />
      ) : (
        sent === 0 && <Alert type="warning" showIcon title={t('dashboard.reports.noneYet')} />
      )}
      <Flex gap={8} wrap>
        <StatTile
          label={t('dashboard.reports.expected')}
          value={r.expected}
          to={inbox({})}
          testId="reports-expected"
        />
        {STATUSES.map((s) => (
          <StatTile
            key={s.key}
            label={labels.status(s.key)}
            value={r.byStatus[s.key] ?? 0}
            tone={s.tone}
            to={inbox({ 'trang-thai': s.key })}
            title={t('dashboard.reports.openInbox', { what: labels.status(s.key) })}
            testId={`reports-${s.key}`}
          />
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('dashboard.reports.byTimeliness')}
      </Typography.Text>
      <Flex gap={8} wrap>
        {TIMELINESS.map((s) => (
          <StatTile
            key={s.key}
            label={labels.timeliness(s.key)}
            value={r[s.field]}
            tone={s.tone}
            to={inbox({ han: s.key })}
            title={t('dashboard.reports.openInbox', { what: labels.timeliness(s.key) })}
            testId={`reports-${s.key}`}
          />
        ))}
      </Flex>
    </Flex>
  );
}
