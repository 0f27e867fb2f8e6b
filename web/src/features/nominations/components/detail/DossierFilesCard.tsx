import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatDate, type Nomination } from '@thidua/shared';
import { App, Button, Card, Empty, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/form-errors.ts';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, fileSize } from '../../../reports/components/EvidenceCell.tsx';
import { deleteNominationFile, nominationFileUrl, uploadNominationFile } from '../../api.ts';
import { usePutNomination } from '../../hooks/useNominations.ts';

type DossierFile = Nomination['files'][number];

/**
 * The dossier's files (achievement report confirmed by the unit head, minutes, photos): everyone who reads the
 * nomination downloads them; the proposing unit adds and removes files while it can still edit the dossier.
 */
export function DossierFilesCard({
  nomination: n,
  editable,
  onChanged,
}: {
  nomination: Nomination;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const put = usePutNomination();
  const [progress, setProgress] = useState<number | null>(null);
  const files = n.files ?? [];

  const send = async (file: File) => {
    if (file.size > EVIDENCE_MAX_BYTES) {
      void message.error(t('nominations.files.tooLarge', { name: file.name }));
      return;
    }
    setProgress(0);
    try {
      const next = await uploadNominationFile(n.id, file, (sent, total) =>
        setProgress(total ? Math.min(99, Math.round((sent / total) * 100)) : 0),
      );
      void message.success(t('nominations.files.uploaded', { name: file.name }));
      put(next);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };
  const remove = (f: DossierFile) =>
    deleteNominationFile(f.id).then(
      () => {
        void message.success(t('nominations.files.deleted', { name: f.fileName }));
        onChanged();
      },
      (e) => void message.error(errorMessage(e)),
    );

  return (
    <Card
      title={t('nominations.files.title')}
      style={{ marginBottom: 16 }}
      extra={
        editable && (
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
            <Button size="small" icon={<UploadOutlined />} loading={progress !== null}>
              {t('nominations.files.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {progress !== null && <Progress percent={progress} size="small" status="active" />}
      {files.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(editable ? 'nominations.files.emptyEdit' : 'nominations.files.empty')}
        />
      ) : (
        <Flex vertical gap={6}>
          {files.map((f) => (
            <Flex key={f.id} align="center" gap={6} style={{ minWidth: 0 }}>
              <PaperClipOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />
              <Typography.Link
                href={nominationFileUrl(f.id)}
                download={f.fileName}
                ellipsis
                style={{ flex: 1, minWidth: 0 }}
              >
                {f.fileName}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {fileSize(f.sizeBytes)} · {formatDate(f.uploadedAt)}
              </Typography.Text>
              {editable && (
                <Popconfirm
                  title={t('nominations.files.deleteConfirm', { name: f.fileName })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(f)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('nominations.files.delete', { name: f.fileName })}
                  />
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
