import type { Report, ReportRow } from '@thidua/shared';
import { Flex, Table, type TableColumnsType, Typography } from 'antd';
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

/** The entry table (wide screens): one row per indicator, inputs in place. */
export function EntryTable({
  report,
  entry,
  editable,
}: {
  report: Report;
  entry: ReportEntry;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const columns: TableColumnsType<ReportRow> = [
    {
      key: 'code',
      title: t('reports.code'),
      width: 76,
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {r.indicator.code}
          </Typography.Text>
          <DueMark row={r} />
        </Flex>
      ),
    },
    {
      key: 'name',
      title: t('reports.indicator'),
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text>{r.indicator.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reports.unitOfMeasure')}: {r.indicator.unitOfMeasure || t('common.none')}
          </Typography.Text>
          <ProgressTag row={r} />
          <OutlierNote row={r} entry={entry} />
        </Flex>
      ),
    },
    {
      key: 'planned',
      title: t('reports.planned'),
      width: 100,
      align: 'right',
      render: (_, r) => plannedText(r) || none,
    },
    {
      key: 'previous',
      title: t('reports.previous'),
      width: 90,
      align: 'right',
      render: (_, r) => previousText(r) || none,
    },
    {
      key: 'value',
      title: t('reports.value'),
      width: editable ? 190 : 130,
      render: (_, r) => <ValueInputs row={r} entry={entry} editable={editable} />,
    },
    {
      key: 'estimate',
      title: (
        <abbr title={t('reports.estimateHint')} style={{ textDecoration: 'none' }}>
          {t('reports.estimate')}
        </abbr>
      ),
      width: 60,
      align: 'center',
      render: (_, r) => <EstimateBox row={r} entry={entry} editable={editable} />,
    },
    {
      key: 'comment',
      title: t('reports.comment'),
      width: 180,
      render: (_, r) => <CommentInput row={r} entry={entry} editable={editable} />,
    },
    {
      key: 'evidence',
      title: t('reports.evidence'),
      width: editable ? 170 : 190,
      render: (_, r) => <EvidenceCell row={r} reportId={report.id} editable={editable} />,
    },
  ];
  return (
    <Table<ReportRow>
      rowKey={(r) => r.indicator.id}
      size="small"
      columns={columns}
      dataSource={report.rows}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: editable ? 1080 : 1040 }}
      rowClassName={(r) => (r.outlier ? 'report-row-outlier' : r.due ? '' : 'report-row-optional')}
    />
  );
}
