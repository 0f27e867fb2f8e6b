import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { formatDateTime, type Report } from '@thidua/shared';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportEntry } from '../hooks/useReportEntry.ts';

/** The bar under the entry (sticky at the bottom of the screen): save state, "Lưu nháp" and "Gửi báo cáo". */
export function EntryBar({
  report: r,
  entry,
  editable,
  onSubmit,
  compact,
}: {
  report: Report;
  entry: ReportEntry;
  editable: boolean;
  onSubmit: () => void;
  /** Phones: the state on one short line, the two buttons sharing the width. */
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Flex
      className="report-entry-bar"
      justify="space-between"
      align="center"
      gap={12}
      wrap
      role="region"
      aria-label={t('reports.entryBar')}
    >
      <Typography.Text
        type={entry.dirty ? 'warning' : 'secondary'}
        aria-live="polite"
        style={compact ? { fontSize: 12, width: '100%' } : undefined}
      >
        {entry.dirty
          ? t('reports.unsaved', { count: entry.pending.length })
          : t('reports.savedAt', { when: formatDateTime(r.updatedAt) })}
      </Typography.Text>
      <Flex gap={8} style={compact ? { width: '100%' } : undefined}>
        {editable && (
          <Button
            block={compact}
            style={compact ? { paddingInline: 8 } : undefined}
            icon={<SaveOutlined />}
            onClick={() => void entry.save()}
            loading={entry.saving}
            disabled={!entry.dirty}
            title={t('reports.saveShortcut')}
          >
            {t('reports.saveDraft')}
          </Button>
        )}
        {r.can.submit && (
          <Button
            block={compact}
            style={compact ? { paddingInline: 8 } : undefined}
            type="primary"
            icon={<SendOutlined />}
            onClick={onSubmit}
            disabled={entry.saving}
          >
            {t('reports.submit')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
