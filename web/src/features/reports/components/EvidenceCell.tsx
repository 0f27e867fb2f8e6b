import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { type EvidenceFile, formatNumber, type ReportRow } from '@thidua/shared';
import { App, Button, Flex, Popconfirm, Progress, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { evidenceUrl, uploadEvidence } from '../api.ts';
import { useReportMutations } from '../hooks/useReports.ts';
import { cellDomId } from '../lib/entry.ts';

/** What the server takes: PDF, images and Office documents, up to 20 MB. */
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** 1.234.567 bytes → "1,2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** One evidence file: a download link, and a delete button while the report may change. */
function EvidenceItem({
  file,
  reportId,
  editable,
}: {
  file: EvidenceFile;
  reportId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { deleteEvidence } = useReportMutations(reportId);
  return (
    <Flex align="center" gap={4} style={{ minWidth: 0 }}>
      <PaperClipOutlined style={{ color: 'rgba(0,0,0,0.45)', flex: 'none' }} />
      <Typography.Link
        href={evidenceUrl(file.id)}
        download={file.fileName}
        ellipsis
        title={`${file.fileName} (${fileSize(file.sizeBytes)})`}
        style={{ fontSize: 13, minWidth: 0, flex: 1 }}
      >
        {file.fileName}
      </Typography.Link>
      {editable && (
        <Popconfirm
          title={t('reports.evidenceDeleteConfirm', { name: file.fileName })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, loading: deleteEvidence.isPending }}
          onConfirm={() =>
            deleteEvidence.mutateAsync(file.id).then(
              () => void message.success(t('reports.evidenceDeleted')),
              (e) => void message.error(errorMessage(e)),
            )
          }
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('reports.evidenceDelete', { name: file.fileName })}
          />
        </Popconfirm>
      )}
    </Flex>
  );
}

/** The evidence of a row: the files, and an upload button with progress while the report may change. */
export function EvidenceCell({
  row,
  reportId,
  editable,
}: {
  row: ReportRow;
  reportId: number;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { reload } = useReportMutations(reportId);
  const [progress, setProgress] = useState<number | null>(null);
  const needed = row.indicator.evidenceRequired && row.evidence.length === 0;

  const send = async (file: File) => {
    if (file.size > EVIDENCE_MAX_BYTES) {
      void message.error(t('reports.evidenceTooLarge', { name: file.name }));
      return;
    }
    setProgress(0);
    try {
      await uploadEvidence(reportId, file, row.indicator.id, (sent, total) =>
        setProgress(total ? Math.min(99, Math.round((sent / total) * 100)) : 0),
      );
      void message.success(t('reports.evidenceUploaded', { name: file.name }));
      await reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      {row.evidence.map((f) => (
        <EvidenceItem key={f.id} file={f} reportId={reportId} editable={editable} />
      ))}
      {editable && (
        <Upload
          accept={EVIDENCE_ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={progress !== null}
          beforeUpload={(file) => {
            void send(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Tooltip title={t('reports.evidenceHint')}>
            <Button
              id={cellDomId(row.indicator.id, 'evidence')}
              size="small"
              icon={<UploadOutlined />}
              danger={needed && row.due}
              loading={progress !== null}
              aria-label={t('reports.evidenceUploadOf', { code: row.indicator.code })}
            >
              {t('reports.evidenceUpload')}
            </Button>
          </Tooltip>
        </Upload>
      )}
      {progress !== null && <Progress percent={progress} size="small" status="active" />}
      {needed && (
        <Typography.Text type={row.due ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {t('reports.evidenceNeeded')}
        </Typography.Text>
      )}
      {!editable && row.evidence.length === 0 && !needed && (
        <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
      )}
    </Flex>
  );
}
