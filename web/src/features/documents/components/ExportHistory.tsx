import { DownloadOutlined } from '@ant-design/icons';
import {
  type DocumentExport,
  type DocumentPreview,
  EXPORT_STATUS_LABELS,
  formatDateTime,
  formatNumber,
} from '@thidua/shared';
import { Card, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError.tsx';
import { useLang } from '../../../app/i18n.ts';
import { exportFileUrl } from '../api.ts';
import { useDocumentExports } from '../hooks/useDocuments.ts';
import { sameParams } from '../lib/params.ts';

const STATUS_COLORS: Record<DocumentExport['status'], string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** The data version as a short code people can compare by eye. */
const shortCode = (v: string) => v.slice(0, 8);

/**
 * "Các lần xuất": every export of the campaign, newest first, with a "Số liệu đã thay đổi" tag where the figures
 * of the document on screen no longer match the ones the file was made from. Running jobs keep polling.
 */
export function ExportHistory({
  campaignId,
  preview,
  compact,
}: {
  campaignId: number;
  preview: DocumentPreview | undefined;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const exports = useDocumentExports(campaignId);

  const changed = (e: DocumentExport) =>
    preview !== undefined &&
    e.kind === preview.kind &&
    sameParams(e.params, preview.params) &&
    e.dataVersion !== preview.dataVersion;
  const current = (e: DocumentExport) =>
    preview !== undefined &&
    e.kind === preview.kind &&
    sameParams(e.params, preview.params) &&
    e.dataVersion === preview.dataVersion;

  const columns: TableColumnsType<DocumentExport> = [
    {
      title: t('documents.history.colTitle'),
      dataIndex: 'title',
      width: 300,
      render: (v: string) => <Typography.Text>{v}</Typography.Text>,
    },
    {
      title: t('documents.history.colFormat'),
      dataIndex: 'format',
      width: 120,
      render: (f: DocumentExport['format']) => t(`documents.export.${f}`),
    },
    {
      title: t('documents.history.colStatus'),
      dataIndex: 'status',
      width: 130,
      render: (_: unknown, e) => (
        <Tooltip title={e.status === 'failed' ? e.error?.message : e.stage}>
          <Tag color={STATUS_COLORS[e.status]} data-testid="export-status">
            {EXPORT_STATUS_LABELS[e.status][lang]}
            {e.status === 'running' ? ` ${formatNumber(e.progress)} %` : ''}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('documents.history.colAt'),
      dataIndex: 'createdAt',
      width: 140,
      render: (_: unknown, e) => formatDateTime(e.finishedAt ?? e.createdAt),
    },
    {
      title: t('documents.history.colData'),
      dataIndex: 'dataVersion',
      width: 170,
      render: (v: string, e) => (
        <Flex gap={4} wrap align="center">
          <Typography.Text code>{shortCode(v)}</Typography.Text>
          {changed(e) && (
            <Tooltip title={t('documents.history.dataChangedHint')}>
              <Tag color="warning" data-testid="data-changed">
                {t('documents.history.dataChanged')}
              </Tag>
            </Tooltip>
          )}
          {current(e) && (
            <Tooltip title={t('documents.history.dataSame')}>
              <Tag color="success" style={{ marginInlineEnd: 0 }}>
                ✓
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    { title: t('documents.history.colBy'), dataIndex: 'createdBy', width: 150 },
    {
      title: t('documents.history.colSize'),
      dataIndex: 'sizeBytes',
      width: 115,
      align: 'right',
      render: (v: number | null) =>
        v === null ? t('common.none') : t('documents.history.kb', { size: formatNumber(v / 1024, 1) }),
    },
    {
      title: t('documents.history.colWarnings'),
      dataIndex: 'warnings',
      width: 90,
      align: 'center',
      render: (w: string[]) =>
        w.length === 0 ? (
          <Typography.Text type="secondary">0</Typography.Text>
        ) : (
          <Tooltip
            title={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {w.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            }
          >
            <Tag color="warning" style={{ marginInlineEnd: 0 }}>
              {formatNumber(w.length)}
            </Tag>
          </Tooltip>
        ),
    },
    {
      title: t('documents.history.colFile'),
      key: 'file',
      width: 100,
      render: (_: unknown, e) =>
        e.status === 'done' ? (
          <Typography.Link
            href={exportFileUrl(e.id)}
            download={e.fileName}
            aria-label={t('documents.export.downloadAria', { file: e.fileName })}
          >
            <DownloadOutlined /> {t('documents.export.download')}
          </Typography.Link>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <Card
      title={t('documents.history.title')}
      size={compact ? 'small' : 'default'}
      styles={{ body: { padding: compact ? 8 : 16 } }}
    >
      {exports.isError && !exports.data ? (
        <QueryError error={exports.error} onRetry={() => void exports.refetch()} />
      ) : (
        <Table<DocumentExport>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={exports.data?.items ?? []}
          loading={exports.isPending}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('documents.history.empty') }}
          onRow={(e) => ({ 'data-export-id': e.id, 'data-status': e.status }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
