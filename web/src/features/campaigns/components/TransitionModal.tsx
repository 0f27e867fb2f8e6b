import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { type Campaign, type CampaignAction, formatNumber } from '@thidua/shared';
import { Alert, App, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiFieldIssue, isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useCampaignMutations } from '../hooks/useCampaigns.ts';
import { formatDay } from '../lib/format.ts';

/** What launching needs, checked here too so the user sees the list before pressing the button. */
function readiness(c: Campaign) {
  return [
    { key: 'startsOn', ok: Boolean(c.startsOn), value: formatDay(c.startsOn) },
    { key: 'endsOn', ok: Boolean(c.endsOn), value: formatDay(c.endsOn) },
    { key: 'indicators', ok: c.indicators.length > 0, value: formatNumber(c.indicators.length) },
  ] as const;
}

/** Confirms a workflow step (launch, close, reopen) with an optional reason; lists what is missing to launch. */
export function TransitionModal({
  campaign: c,
  action,
  onClose,
}: {
  campaign: Campaign;
  action: CampaignAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { transition } = useCampaignMutations(c.id);
  const [problem, setProblem] = useState<{ message: string; details: ApiFieldIssue[] } | null>(null);

  const submit = ({ reason }: { reason?: string }) => {
    setProblem(null);
    transition.mutate(
      { action, version: c.version, reason },
      {
        onSuccess: () => {
          void message.success(t(`campaigns.${action}Done`));
          onClose();
        },
        onError: (e) =>
          setProblem({
            message: errorMessage(e),
            details: isApiError(e, 'CAMPAIGN_NOT_READY') ? e.details : [],
          }),
      },
    );
  };

  const unassigned = c.indicators.filter((i) => i.assignedUnitIds.length === 0).length;

  return (
    <Modal
      open
      title={t(`campaigns.${action}Title`)}
      okText={t(`campaigns.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'close' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>{t(`campaigns.${action}Explain`)}</Typography.Paragraph>
      {action === 'launch' && (
        <Flex vertical gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: '0 0 16px' }}>
          {readiness(c).map((r) => (
            <li key={r.key}>
              {r.ok ? (
                <CheckCircleFilled style={{ color: '#389e0d' }} />
              ) : (
                <ExclamationCircleFilled style={{ color: '#d4380d' }} />
              )}{' '}
              {t(`campaigns.ready_${r.key}`)}: {r.ok ? r.value : t('campaigns.readyMissing')}
            </li>
          ))}
          {unassigned > 0 && c.indicators.length > 0 && (
            <li>
              <ExclamationCircleFilled style={{ color: '#d48806' }} />{' '}
              {t('campaigns.readyUnassigned', { count: unassigned })}
            </li>
          )}
        </Flex>
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.message}
          description={
            problem.details.length > 0 && (
              <>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problem.details.map((d) => (
                    <li key={d.path}>{d.message}</li>
                  ))}
                </ul>
                <Typography.Text type="secondary">{t('campaigns.notReadyHint')}</Typography.Text>
              </>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('campaigns.transitionReason')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('campaigns.transitionReasonHint')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
