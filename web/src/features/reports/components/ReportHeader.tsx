import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatDateTime, formatNumber, type Report } from '@thidua/shared';
import { Alert, Card, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../auth/hooks/usePermissions.ts';
import { formatDay } from '../../campaigns/lib/format.ts';
import { ReportStatusTag, TimelinessTag } from './StatusTags.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  );
}

/** Who did it and when: "10/12/2025 14:05 · Đỗ Thị Mai". */
const when = (at: string | null, by: string | null) =>
  [at ? formatDateTime(at) : '', by ?? ''].filter(Boolean).join(' · ');

/**
 * Campaign, unit and period of a report, its deadline and state; the office's comment when it was returned;
 * the actions (workflow and Excel) on the right.
 */
export function ReportHeader({ report: r, actions }: { report: Report; actions: ReactNode }) {
  const { t } = useTranslation();
  const perms = usePermissions();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? window.innerWidth >= 768;
  const due = r.rows.filter((x) => x.due).length;
  const back = perms.canReport
    ? { to: '/bao-cao', label: t('reports.backToMine') }
    : { to: '/tiep-nhan-bao-cao', label: t('reports.backToInbox') };

  let notice: ReactNode = null;
  if (r.status === 'returned')
    notice = (
      <Alert
        type="warning"
        showIcon={wide}
        title={t('reports.returnedNotice', { when: when(r.reviewedAt, r.reviewedBy) })}
        description={
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="review-comment">
            {r.reviewComment || t('reports.noComment')}
          </Typography.Text>
        }
      />
    );
  else if (r.status === 'accepted')
    notice = (
      <Alert
        type="success"
        showIcon={wide}
        title={t('reports.acceptedNotice', { when: when(r.reviewedAt, r.reviewedBy) })}
        description={r.reviewComment || undefined}
      />
    );
  else if (r.status === 'submitted')
    notice = (
      <Alert
        type="info"
        showIcon
        title={t(r.can.review ? 'reports.submittedReviewNotice' : 'reports.submittedNotice', {
          when: when(r.submittedAt, r.submittedBy),
        })}
      />
    );
  else if (!r.can.edit) notice = <Alert type="info" showIcon title={t('reports.readOnlyNotice')} />;

  return (
    <Card
      className="report-header"
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: wide ? '16px 20px' : 12 } }}
    >
      <Link to={back.to} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {back.label}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 520px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <ReportStatusTag status={r.status} />
            <TimelinessTag value={r.timeliness} />
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, fontSize: wide ? 20 : 18, lineHeight: 1.4 }}>
            {t('reports.reportTitle', { period: r.periodLabel })}
          </Typography.Title>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{
              rows: 2,
              expandable: 'collapsible',
              symbol: (open) => t(open ? 'reports.less' : 'reports.more'),
            }}
            style={{ margin: 0 }}
          >
            {r.campaignTitle}
          </Typography.Paragraph>
          <div className={wide ? 'report-facts' : 'report-facts report-facts-compact'}>
            <Fact label={t('reports.unit')}>{r.unitName}</Fact>
            <Fact label={t('reports.period')}>
              {r.periodLabel} ({formatDay(r.periodStartsOn)} – {formatDay(r.periodEndsOn)})
            </Fact>
            <Fact label={t('reports.dueOn')}>{formatDay(r.dueOn)}</Fact>
            <Fact label={t('reports.rowsDue')}>
              {t('reports.rowsDueValue', { due: formatNumber(due), total: formatNumber(r.rows.length) })}
            </Fact>
            {r.submittedAt && (
              <Fact label={t('reports.submittedAt')}>{when(r.submittedAt, r.submittedBy)}</Fact>
            )}
          </div>
        </Flex>
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      </Flex>
      {notice && <div style={{ marginTop: 14 }}>{notice}</div>}
    </Card>
  );
}
