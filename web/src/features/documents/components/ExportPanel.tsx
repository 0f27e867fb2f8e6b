import {
  CloseOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
} from '@ant-design/icons';
import { type DocumentFormat, type DocumentPreview, formatNumber } from '@thidua/shared';
import { Alert, App, Button, Flex, Progress, Typography } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { exportFileUrl } from '../api.ts';
import { useCreateExport, useExportJob } from '../hooks/useDocuments.ts';

const FORMAT_ICONS: Record<DocumentFormat, ReactNode> = {
  docx: <FileWordOutlined />,
  xlsx: <FileExcelOutlined />,
  pdf: <FilePdfOutlined />,
};

/** Starts a download of a finished export (the server answers it as an attachment). */
function startDownload(id: number, fileName: string) {
  const a = document.createElement('a');
  a.href = exportFileUrl(id);
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** One export job followed until it ends: progress and stage, then the download (started once by itself). */
function ExportJob({ campaignId, id, onDismiss }: { campaignId: number; id: number; onDismiss: () => void }) {
  const { t } = useTranslation();
  const job = useExportJob(campaignId, id);
  const started = useRef(false);
  const j = job.data;

  useEffect(() => {
    if (j?.status !== 'done' || started.current) return;
    started.current = true;
    startDownload(j.id, j.fileName);
  }, [j]);

  if (!j) return null;
  const format = t(`documents.export.${j.format}`);
  const dismiss = (
    <Button
      type="text"
      size="small"
      icon={<CloseOutlined />}
      aria-label={t('documents.export.dismiss')}
      onClick={onDismiss}
    />
  );
  if (j.status === 'failed')
    return (
      <div data-testid="export-job" data-status={j.status}>
        <Alert
          type="error"
          showIcon
          title={t('documents.export.failed', { format })}
          description={j.error?.message ?? j.stage}
          action={dismiss}
        />
      </div>
    );
  const done = j.status === 'done';
  return (
    <div
      className="doc-export-job"
      data-testid="export-job"
      data-status={j.status}
      style={{
        border: `1px solid ${done ? '#b7eb8f' : '#91caff'}`,
        background: done ? '#f6ffed' : '#f0f7ff',
        borderRadius: 8,
        padding: '10px 14px',
      }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong style={{ minWidth: 0 }}>
          {done
            ? t('documents.export.done', { format })
            : t('documents.export.creating', { format, title: j.title })}
        </Typography.Text>
        <Flex gap={4} align="center">
          {done && (
            <Button
              size="small"
              type="primary"
              icon={<DownloadOutlined />}
              href={exportFileUrl(j.id)}
              download={j.fileName}
              aria-label={t('documents.export.downloadAria', { file: j.fileName })}
            >
              {t('documents.export.download')}
            </Button>
          )}
          {dismiss}
        </Flex>
      </Flex>
      <Progress
        percent={done ? 100 : j.progress}
        status={done ? 'success' : 'active'}
        aria-label={j.stage}
        format={(pct) => `${formatNumber(pct ?? 0)} %`}
        style={{ margin: '6px 0 0' }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="export-stage">
        {j.stage}
      </Typography.Text>
    </div>
  );
}

/**
 * The export buttons of the document on screen (one per format it comes in, when the caller may export it) and
 * the jobs started from this page, each followed until its file is downloaded.
 */
export function ExportPanel({
  campaignId,
  preview,
  jobs,
  onJobsChange,
}: {
  campaignId: number;
  preview: DocumentPreview | undefined;
  jobs: number[];
  onJobsChange: (jobs: number[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateExport(campaignId);

  const start = (format: DocumentFormat) => {
    if (!preview) return;
    create.mutate(
      { kind: preview.kind, format, params: preview.params },
      {
        onSuccess: (job) => onJobsChange([job.id, ...jobs.filter((x) => x !== job.id)].slice(0, 4)),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  };

  return (
    <Flex vertical gap={10}>
      {preview && (
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('documents.export.title')}:</Typography.Text>
          {preview.can.export ? (
            preview.formats.map((f) => (
              <Button
                key={f}
                icon={FORMAT_ICONS[f]}
                loading={create.isPending && create.variables?.format === f}
                onClick={() => start(f)}
                aria-label={t('documents.export.aria', { format: t(`documents.export.${f}`) })}
              >
                {t(`documents.export.${f}`)}
              </Button>
            ))
          ) : (
            <Typography.Text type="secondary">{t('documents.export.noRight')}</Typography.Text>
          )}
        </Flex>
      )}
      {jobs.map((id) => (
        <ExportJob
          key={id}
          campaignId={campaignId}
          id={id}
          onDismiss={() => onJobsChange(jobs.filter((x) => x !== id))}
        />
      ))}
    </Flex>
  );
}
