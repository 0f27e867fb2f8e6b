import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import type { Report, ReportAction } from '@thidua/shared';
import { Alert, Button, Card, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { NotFoundPage } from '../../../app/NotFoundPage.tsx';
import { isApiError } from '../../../lib/api.ts';
import { templateUrl } from '../api.ts';
import { useReportEntry } from '../hooks/useReportEntry.ts';
import { useReport } from '../hooks/useReports.ts';
import { useSaveShortcut, useUnsavedGuard } from '../hooks/useUnsaved.ts';
import { BlockersAlert } from './BlockersAlert.tsx';
import { EntryBar } from './EntryBar.tsx';
import { EntryCards } from './EntryCards.tsx';
import { EntryTable } from './EntryTable.tsx';
import { ExcelImportModal } from './ExcelImportModal.tsx';
import { ReportActionModal } from './ReportActionModal.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import './reports.css';

/** /bao-cao/:id: one unit's report for one period, for the unit that enters it and the office that reviews it. */
export default function ReportPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const report = useReport(valid ? id : null);

  if (!valid) return <NotFoundPage />;
  if (report.isError) {
    if (isApiError(report.error, 'NOT_FOUND')) return <NotFoundPage />;
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  if (!report.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  // A new id starts with an empty typing buffer.
  return <ReportScreen key={id} report={report.data} />;
}

function ReportScreen({ report: r }: { report: Report }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? window.innerWidth >= 768;
  const entry = useReportEntry(r);
  const [action, setAction] = useState<ReportAction | null>(null);
  const [importing, setImporting] = useState(false);
  const editable = r.can.edit;

  useSaveShortcut(editable, () => void entry.save());
  useUnsavedGuard(editable && entry.dirty);

  const excel = editable && (
    <>
      <Button icon={<DownloadOutlined />} href={templateUrl(r.id)} download>
        {t('reports.templateDownload')}
      </Button>
      <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
        {t('reports.importOpen')}
      </Button>
    </>
  );

  return (
    <>
      <ReportHeader
        report={r}
        actions={
          <>
            {excel}
            <ReviewActions report={r} onAction={setAction} />
          </>
        }
      />
      {entry.conflict && (
        <Alert
          type="error"
          showIcon
          title={t('reports.conflictTitle')}
          description={t('reports.conflictDesc')}
          action={
            <Button type="primary" onClick={() => void entry.reloadKeepingEdits()}>
              {t('reports.conflictReload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {entry.otherErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('reports.saveFailed')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {entry.otherErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {(editable || r.can.submit) && <BlockersAlert report={r} dirty={entry.dirty} />}
      <Card
        title={t('reports.entryTitle')}
        extra={
          editable &&
          wide && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reports.keyboardHint')}
            </Typography.Text>
          )
        }
        styles={{ body: { padding: wide ? 0 : 12 } }}
      >
        {wide ? (
          <EntryTable report={r} entry={entry} editable={editable} />
        ) : (
          <EntryCards report={r} entry={entry} editable={editable} />
        )}
      </Card>
      {(editable || r.can.submit) && (
        <EntryBar
          report={r}
          entry={entry}
          editable={editable}
          compact={!wide}
          onSubmit={() => setAction('submit')}
        />
      )}
      {action && (
        <ReportActionModal
          report={r}
          action={action}
          beforeSubmit={action === 'submit' ? () => entry.save({ quiet: true }) : undefined}
          onClose={() => setAction(null)}
        />
      )}
      {importing && (
        <ExcelImportModal
          report={r}
          dirty={entry.dirty}
          onImported={(codes) =>
            entry.forgetRows(
              r.rows.filter((x) => codes.includes(x.indicator.code)).map((x) => x.indicator.id),
            )
          }
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
