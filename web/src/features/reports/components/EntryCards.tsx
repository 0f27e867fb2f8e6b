import type { Report, ReportRow } from '@thidua/shared';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportEntry } from '../hooks/useReportEntry.ts';
import { EvidenceCell } from './EvidenceCell.tsx';
import {
  CommentInput,
  DueMark,
  EstimateBox,
  OutlierNote,
  ProgressTag,
  plannedText,
  previousText,
  ValueInputs,
} from './RowParts.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  );
}

/** One indicator as a card (phones): what it is, plan and last period, then the inputs stacked. */
function EntryCard({
  row: r,
  report,
  entry,
  editable,
}: {
  row: ReportRow;
  report: Report;
  entry: ReportEntry;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card
      size="small"
      className={r.outlier ? 'report-card report-row-outlier' : 'report-card'}
      styles={{ body: { padding: 12 } }}
    >
      <Flex vertical gap={10}>
        <Flex vertical gap={4}>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{r.indicator.code}</Typography.Text>
            <DueMark row={r} />
            <ProgressTag row={r} />
          </Flex>
          <Typography.Text>{r.indicator.name}</Typography.Text>
          <OutlierNote row={r} entry={entry} />
        </Flex>
        <Flex gap={16} wrap>
          <Fact label={t('reports.unitOfMeasure')}>{r.indicator.unitOfMeasure || none}</Fact>
          <Fact label={t('reports.planned')}>{plannedText(r) || none}</Fact>
          <Fact label={t('reports.previous')}>{previousText(r) || none}</Fact>
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reports.value')}
          </Typography.Text>
          <ValueInputs row={r} entry={entry} editable={editable} />
          <EstimateBox row={r} entry={entry} editable={editable} />
        </Flex>
        {(editable || currentComment(r, entry)) && (
          <Flex vertical gap={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reports.comment')}
            </Typography.Text>
            <CommentInput row={r} entry={entry} editable={editable} />
          </Flex>
        )}
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reports.evidence')}
          </Typography.Text>
          <EvidenceCell row={r} reportId={report.id} editable={editable} />
        </Flex>
      </Flex>
    </Card>
  );
}

const currentComment = (r: ReportRow, entry: ReportEntry) =>
  entry.edits[r.indicator.id]?.comment ?? r.comment;

/** The entry as a list of cards, for screens narrower than 768 px. */
export function EntryCards({
  report,
  entry,
  editable,
}: {
  report: Report;
  entry: ReportEntry;
  editable: boolean;
}) {
  return (
    <Flex vertical gap={12}>
      {report.rows.map((r) => (
        <EntryCard key={r.indicator.id} row={r} report={report} entry={entry} editable={editable} />
      ))}
    </Flex>
  );
}
