import { InboxOutlined } from '@ant-design/icons';
import type { PlanImportResult } from '@thidua/shared';
import { Alert, Button, Card, Flex, Input, Progress, Tabs, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/form-errors.ts';
import { readPlanFile, readPlanText } from '../api.ts';

const ACCEPT = '.docx,.pdf,.txt';

/** Step 1: a plan file dropped or chosen (with upload progress), or its text pasted; server errors shown plainly. */
export function UploadStep({ onRead }: { onRead: (r: PlanImportResult) => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const abort = useRef<AbortController | null>(null);

  const run = async (read: () => Promise<PlanImportResult>) => {
    setError(null);
    setBusy(true);
    try {
      onRead(await read());
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(errorMessage(e));
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  };
  const sendFile = (file: File) => {
    abort.current = new AbortController();
    setProgress(0);
    void run(() =>
      readPlanFile(
        file,
        (sent, total) => setProgress(total ? Math.min(100, Math.round((sent / total) * 100)) : 0),
        abort.current?.signal,
      ),
    );
  };

  const fileTab = (
    <Flex vertical gap={12}>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          sendFile(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('planImport.dropHere')}</p>
        <p className="ant-upload-hint">{t('planImport.dropHint')}</p>
      </Upload.Dragger>
      {progress !== null && (
        <Flex gap={12} align="center">
          <Progress
            percent={progress}
            status="active"
            aria-label={t('planImport.uploading')}
            style={{ flex: 1, margin: 0 }}
          />
          <Typography.Text type="secondary">
            {progress < 100 ? t('planImport.uploading') : t('planImport.reading')}
          </Typography.Text>
          <Button size="small" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
  const textTab = (
    <Flex vertical gap={12}>
      <Input.TextArea
        aria-label={t('planImport.pasteLabel')}
        placeholder={t('planImport.pastePlaceholder')}
        autoSize={{ minRows: 10, maxRows: 24 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        disabled={busy}
      />
      <Flex justify="flex-end">
        <Button
          type="primary"
          loading={busy}
          disabled={!text.trim()}
          onClick={() => void run(() => readPlanText(text))}
        >
          {t('planImport.readText')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Card style={{ maxWidth: 900 }}>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('planImport.readFailed')}
          description={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      <Tabs
        items={[
          { key: 'file', label: t('planImport.fileTab'), children: fileTab },
          { key: 'text', label: t('planImport.textTab'), children: textTab },
        ]}
      />
    </Card>
  );
}
