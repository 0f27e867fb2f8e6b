import { InboxOutlined } from '@ant-design/icons';
import { type ExcelImportResult, formatNumber, type Report } from '@thidua/shared';
import {
  Alert,
  App,
  Button,
  Flex,
  Modal,
  Progress,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { formatIndicatorValue } from '../../campaigns/lib/format.ts';
import { type ExcelImportMode, importExcel } from '../api.ts';
import { usePutReport } from '../hooks/useReports.ts';

type PreviewRow = ExcelImportResult['rows'][number];

const num = (v: number | null) => (v === null ? '…' : formatNumber(v, 3));

/**
 * "Nhập từ Excel": the filled template is read first without saving (preview: every row with its errors and
 * warnings, and the file's notes); then either everything is saved, or — said plainly, with the count — only
 * the valid rows. Nothing is ever saved by halves without the user choosing it.
 */
export function ExcelImportModal({
  report,
  dirty,
  onImported,
  onClose,
}: {
  report: Report;
  dirty: boolean;
  onImported: (codes: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const put = usePutReport();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ExcelImportResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState<ExcelImportMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const send = async (f: File, mode: ExcelImportMode) => {
    setError(null);
    setBusy(mode);
    abort.current = new AbortController();
    if (mode === 'preview') setProgress(0);
    try {
      const result = await importExcel(
        report.id,
        f,
        mode,
        (sent, total) => mode === 'preview' && setProgress(total ? Math.round((sent / total) * 100) : 0),
        abort.current.signal,
      );
      if (mode === 'preview') {
        setPreview(result);
        return;
      }
      if (result.report) put(result.report);
      if (!result.saved && result.rows.every((r) => r.ok)) {
        void message.info(t('reports.importNoChange'));
        onClose();
        return;
      }
      if (!result.saved) {
        setPreview(result);
        setError(t('reports.importNotSaved'));
        return;
      }
      void message.success(t('reports.importSaved', { count: result.savedRows }));
      onImported(result.rows.filter((r) => r.ok).map((r) => r.code));
      onClose();
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(errorMessage(e));
    } finally {
      setBusy(null);
      setProgress(null);
      abort.current = null;
    }
  };

  const rows = preview?.rows ?? [];
  /** A value in its indicator's own terms (80 %, 12,15 ‰) when the code is one of this report's. */
  const shape = new Map(report.rows.map((r) => [r.indicator.code, r.indicator]));
  const inTerms = (code: string, v: number) => {
    const i = shape.get(code);
    return i ? formatIndicatorValue(i, v) : num(v);
  };
  const bad = rows.filter((r) => !r.ok).length;
  const good = rows.length - bad;
  const warned = rows.filter((r) => r.warnings.length > 0).length;

  const columns: TableColumnsType<PreviewRow> = [
    { key: 'row', title: t('reports.importRow'), dataIndex: 'row', width: 64 },
    { key: 'code', title: t('reports.code'), dataIndex: 'code', width: 80 },
    {
      key: 'value',
      title: t('reports.value'),
      width: 150,
      render: (_, r) =>
        r.numerator !== null || r.denominator !== null ? (
          <>
            {num(r.numerator)} / {num(r.denominator)}
            {r.value !== null && (
              <Typography.Text type="secondary"> = {inTerms(r.code, r.value)}</Typography.Text>
            )}
          </>
        ) : r.value === null ? (
          ''
        ) : (
          inTerms(r.code, r.value)
        ),
    },
    {
      key: 'estimate',
      title: t('reports.estimate'),
      width: 60,
      render: (_, r) => (r.isEstimate ? t('common.yes') : ''),
    },
    {
      key: 'result',
      title: t('reports.importCheck'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.ok ? (
            <Tag color="success" style={{ alignSelf: 'flex-start' }}>
              {t('reports.importOk')}
            </Tag>
          ) : (
            <Tag color="error" style={{ alignSelf: 'flex-start' }}>
              {t('reports.importError')}
            </Tag>
          )}
          {r.errors.map((m) => (
            <Typography.Text key={m} type="danger" style={{ fontSize: 12 }}>
              {m}
            </Typography.Text>
          ))}
          {r.warnings.map((m) => (
            <Typography.Text key={m} type="warning" style={{ fontSize: 12 }}>
              {m}
            </Typography.Text>
          ))}
          {r.comment && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('reports.comment')}: {r.comment}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  const footer = preview
    ? [
        <Button key="cancel" onClick={onClose} disabled={busy !== null && busy !== 'preview'}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="other"
          onClick={() => {
            setPreview(null);
            setFile(null);
            setError(null);
          }}
          disabled={busy !== null}
        >
          {t('reports.importOtherFile')}
        </Button>,
        bad === 0 ? (
          <Button
            key="all"
            type="primary"
            disabled={good === 0}
            loading={busy === 'all'}
            onClick={() => file && void send(file, 'all')}
          >
            {t('reports.importAll', { count: good })}
          </Button>
        ) : (
          <Button
            key="valid"
            type="primary"
            danger
            disabled={good === 0}
            loading={busy === 'valid_only'}
            onClick={() => file && void send(file, 'valid_only')}
          >
            {t('reports.importValidOnly', { count: good, skipped: bad })}
          </Button>
        ),
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
      ];

  return (
    <Modal
      open
      title={t('reports.importTitle')}
      onCancel={() => {
        abort.current?.abort();
        onClose();
      }}
      footer={footer}
      width={preview ? 860 : 560}
      destroyOnHidden
    >
      {dirty && (
        <Alert type="warning" showIcon title={t('reports.importDirty')} style={{ marginBottom: 12 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {!preview && (
        <Flex vertical gap={12}>
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy !== null}
            beforeUpload={(f) => {
              setFile(f);
              void send(f, 'preview');
              return Upload.LIST_IGNORE;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('reports.importDrop')}</p>
            <p className="ant-upload-hint">{t('reports.importHint')}</p>
          </Upload.Dragger>
          {progress !== null && (
            <Flex gap={12} align="center">
              <Progress percent={progress} status="active" style={{ flex: 1, margin: 0 }} />
              <Typography.Text type="secondary">
                {progress < 100 ? t('reports.importUploading') : t('reports.importReading')}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      )}
      {preview && (
        <Flex vertical gap={12}>
          <Typography.Text>
            {t('reports.importSummary', {
              file: file?.name ?? '',
              total: formatNumber(rows.length),
              good: formatNumber(good),
              bad: formatNumber(bad),
              warned: formatNumber(warned),
            })}
          </Typography.Text>
          {preview.notes.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('reports.importNotes')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {preview.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              }
            />
          )}
          {bad > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('reports.importHasErrors', { bad: formatNumber(bad), good: formatNumber(good) })}
            />
          )}
          <Table<PreviewRow>
            rowKey={(r) => `${r.row}:${r.code}`}
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ y: 360, x: 620 }}
            rowClassName={(r) => (r.ok ? '' : 'report-import-bad')}
          />
        </Flex>
      )}
    </Modal>
  );
}
