import {
  type Criterion,
  DEFAULT_CRITERIA,
  formatDateTime,
  formatNumber,
  type RankingRow,
} from '@thidua/shared';
import { Col, Descriptions, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtScore } from '../../lib/format.ts';

/**
 * How a unit's total was computed, in words (the server's explanation, part by part), with its reports and the
 * office's hand scores and their reasons, so the office can defend the result. `criteria` names the hand-scored
 * criteria (null when the user may not read the rules).
 */
export function RankingDetail({ row, criteria }: { row: RankingRow; criteria: Criterion[] | null }) {
  const { t } = useTranslation();
  // Unit users may not read the rules: the usual criteria's names then, or the code.
  const label = (code: string) =>
    [...(criteria ?? []), ...DEFAULT_CRITERIA].find((c) => c.code === code)?.label ?? code;
  const n = (v: number) => formatNumber(v);
  return (
    <Row gutter={[24, 16]} data-testid="ranking-detail">
      <Col xs={24} lg={12}>
        <Typography.Text strong>{t('evaluation.howComputed')}</Typography.Text>
        <ol style={{ margin: '6px 0 0', paddingInlineStart: 20 }}>
          {row.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        {row.tieNote && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {row.tieNote}
          </Typography.Paragraph>
        )}
      </Col>
      <Col xs={24} lg={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'ind',
              label: t('evaluation.scoredIndicators'),
              children: t('evaluation.scoredOf', {
                scored: n(row.scoredIndicators),
                assigned: n(row.assignedIndicators),
              }),
            },
            {
              key: 'rep',
              label: t('evaluation.reportsDue'),
              children: t('evaluation.reportsSummary', {
                due: n(row.reports.due),
                onTime: n(row.reports.onTime),
                late: n(row.reports.late),
                missing: n(row.reports.missing),
              }),
            },
            { key: 'red', label: t('evaluation.redFlags'), children: n(row.redFlags) },
          ]}
        />
        <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
          {t('evaluation.manualScores')}
        </Typography.Text>
        {row.manual.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t('evaluation.noManualScores')}
          </Typography.Paragraph>
        ) : (
          <List
            size="small"
            dataSource={row.manual}
            renderItem={(m) => (
              <List.Item style={{ paddingInline: 0 }}>
                <div>
                  <Typography.Text>
                    {label(m.criterion)}: <b>{t('evaluation.scoreOf', { score: fmtScore(m.score) })}</b>
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0 }}>
                    {t('evaluation.reasonLabel')} {m.reason}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('evaluation.scoredBy', { who: m.updatedBy ?? '—', when: formatDateTime(m.updatedAt) })}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Col>
    </Row>
  );
}
