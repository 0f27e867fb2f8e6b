import type { Report, ReportAction } from '@thidua/shared';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiFieldIssue, isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useReportMutations } from '../hooks/useReports.ts';

/** Return and reopen must say why; accept may add a note; submit has no comment. */
const NEEDS_COMMENT: Record<ReportAction, 'required' | 'optional' | 'none'> = {
  submit: 'none',
  accept: 'optional',
  return: 'required',
  reopen: 'required',
};

/**
 * Confirms one workflow step. `beforeSubmit` saves pending typing first and hands back the report to act on
 * (null = stop). A 422 REPORT_INCOMPLETE lists what blocks the submission.
 */
export function ReportActionModal({
  report,
  action,
  beforeSubmit,
  onClose,
}: {
  report: Report;
  action: ReportAction;
  beforeSubmit?: () => Promise<Report | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const { transition } = useReportMutations(report.id);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: ApiFieldIssue[] } | null>(null);
  const need = NEEDS_COMMENT[action];

  const run = async ({ comment }: { comment?: string }) => {
    setProblem(null);
    setBusy(true);
    try {
      const current = beforeSubmit ? await beforeSubmit() : report;
      if (!current) return;
      await transition.mutateAsync({ action, version: current.version, comment });
      void message.success(t(`reports.${action}Done`));
      onClose();
    } catch (e) {
      setProblem({
        message: isApiError(e, 'CONFLICT_STALE') ? t('reports.transitionStale') : errorMessage(e),
        details: isApiError(e, 'REPORT_INCOMPLETE') ? e.details : [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t(`reports.${action}Title`)}
      okText={t(`reports.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'return' || action === 'reopen' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>{t(`reports.${action}Explain`)}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={
            problem.details.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problem.details.map((d) => (
                  <li key={`${d.path}:${d.message}`}>{d.message}</li>
                ))}
              </ul>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={run}>
        {need !== 'none' && (
          <Form.Item
            name="comment"
            label={t(
              need === 'required' ? `reports.${action as 'return' | 'reopen'}Reason` : 'reports.acceptNote',
            )}
            rules={
              need === 'required'
                ? [{ required: true, whitespace: true, message: t('reports.reasonRequired') }]
                : []
            }
          >
            <Input.TextArea
              rows={4}
              maxLength={2000}
              showCount
              autoFocus
              placeholder={t(
                need === 'required'
                  ? `reports.${action as 'return' | 'reopen'}Placeholder`
                  : 'reports.acceptPlaceholder',
              )}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
