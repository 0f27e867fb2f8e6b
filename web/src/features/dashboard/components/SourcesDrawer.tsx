import { FileOutlined } from '@ant-design/icons';
import { formatDateTime, formatNumber, type IndicatorSources } from '@thidua/shared';
import { Alert, Drawer, Empty, Flex, Grid, Skeleton, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useLang } from '../../../app/i18n.ts';
import { fileSize } from '../../reports/components/EvidenceCell.tsx';
import { REPORT_STATUS_COLORS, useReportLabels } from '../../reports/lib/labels.ts';
import { evidenceUrl, reportPath } from '../api.ts';
import { useIndicatorSources } from '../hooks/useDashboard.ts';
import { type DashIndicator, fmtWithUnit, noDataText } from '../lib/format.ts';

type SourceRow = IndicatorSources['rows'][number];

/** One unit's line: its value (with numerator/denominator), report status, a link to the report, its evidence. */
function SourceItem({ row, shape }: { row: SourceRow; shape: DashIndicator }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReportLabels();
  const { token } = theme.useToken();
  const value = fmtWithUnit(shape, row.value);
  return (
    <li style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Typography.Text strong style={{ minWidth: 0 }}>
          {row.unit.name}
        </Typography.Text>
        <Tag color={REPORT_STATUS_COLORS[row.reportStatus]} style={{ marginInlineEnd: 0 }}>
          {labels.status(row.reportStatus)}
        </Tag>
      </Flex>
      <Flex gap={6} align="baseline" wrap style={{ marginTop: 2 }}>
        {value ? (
          <Typography.Text style={{ fontSize: 16, fontWeight: 600 }}>{value}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {noDataText('no_value', lang, t('dashboard.noData'))}
          </Typography.Text>
        )}
        {row.isEstimate && row.value !== null && <Tag>{t('dashboard.table.estimate')}</Tag>}
        {row.numerator !== null && row.denominator !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            (
            {t('dashboard.sources.fraction', {
              numerator: formatNumber(row.numerator),
              denominator: formatNumber(row.denominator),
            })}
            )
          </Typography.Text>
        )}
      </Flex>
      {!row.counted && row.value !== null && (
        <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
          {t('dashboard.sources.notCounted')}
        </Typography.Text>
      )}
      <Flex gap={12} wrap style={{ marginTop: 4, fontSize: 13 }}>
        <Typography.Text type="secondary">
          {row.submittedAt
            ? t('dashboard.sources.submittedAt', { time: formatDateTime(row.submittedAt) })
            : t('dashboard.sources.notSubmitted')}
        </Typography.Text>
        {row.reportId !== null && (
          <Link
            to={reportPath(row.reportId)}
            aria-label={`${t('dashboard.sources.openReport')}: ${row.unit.name}`}
          >
            {t('dashboard.sources.openReport')}
          </Link>
        )}
      </Flex>
      {row.comment && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
          {t('dashboard.sources.comment', { text: row.comment })}
        </Typography.Paragraph>
      )}
      {row.evidence.length > 0 && (
        <Flex vertical gap={2} style={{ marginTop: 6 }} aria-label={t('dashboard.sources.evidence')}>
          {row.evidence.map((f) => (
            <Typography.Link
              key={f.id}
              href={evidenceUrl(f.id)}
              download={f.fileName}
              style={{ fontSize: 13 }}
            >
              <FileOutlined /> {f.fileName} ({fileSize(f.sizeBytes)})
            </Typography.Link>
          ))}
        </Flex>
      )}
    </li>
  );
}

/**
 * Where one number came from: the indicator's total for the period and each unit's value, the report it was
 * entered in (a link) and the evidence files attached to it (downloads).
 */
export function SourcesDrawer({
  indicator,
  periodId,
  unitId,
  onClose,
}: {
  indicator: DashIndicator | null;
  periodId: string;
  unitId: number | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const compact = Grid.useBreakpoint().md === false;
  const q = useIndicatorSources(indicator?.id ?? null, periodId, unitId);
  const s = q.data;
  return (
    <Drawer
      open={indicator !== null}
      onClose={onClose}
      size={compact ? '100%' : 560}
      title={indicator ? t('dashboard.sources.title', { code: indicator.code }) : ''}
      destroyOnHidden
    >
      {indicator && (
        <Flex vertical gap={12}>
          <Typography.Text>{indicator.name}</Typography.Text>
          {q.isError ? (
            <QueryError error={q.error} onRetry={() => void q.refetch()} />
          ) : !s ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <>
              <Alert
                type="info"
                title={t('dashboard.sources.total', { period: s.period.label })}
                description={
                  <Typography.Text strong style={{ fontSize: 18 }} data-testid="sources-total">
                    {fmtWithUnit(indicator, s.value) ||
                      noDataText(indicator.noData, lang, t('dashboard.noData'))}
                  </Typography.Text>
                }
              />
              {s.rows.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.sources.empty')} />
              ) : (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {s.rows.map((r) => (
                    <SourceItem key={r.unit.id} row={r} shape={indicator} />
                  ))}
                </ul>
              )}
            </>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
