import { RollbackOutlined, SendOutlined } from '@ant-design/icons';
import type { UpwardState } from '@thidua/shared';
import { App, Button, Card, Flex, Form, Grid, Input, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api.ts';
import { useSubmitUpward } from '../hooks/useCity.ts';
import { useCityT } from '../locales/index.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import type { DecideTarget } from './DecideModal.tsx';

interface SubmitValues {
  missingReason?: string;
  note?: string;
}

/**
 * What the signed-in user may do with the period's aggregated report, as the server's `can` says: the ward
 * office sends it (a reason is required while some units have no accepted report; reports awaiting review
 * block) or withdraws it; the city accepts or returns it. Refusals show the API's message and details.
 */
export function UpwardActions({
  state,
  onDecide,
}: {
  state: UpwardState;
  onDecide: (target: DecideTarget) => void;
}) {
  const t = useCityT();
  const { message } = App.useApp();
  const phone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<SubmitValues>();
  const submit = useSubmitUpward(state.campaignId);
  const [error, setError] = useState<unknown>(null);
  const s = state.submission;
  const { can } = state;
  const missing = state.readiness.missing.length;
  const blocked = state.readiness.pending.length > 0;

  if (!can.submit && !can.withdraw && !can.accept && !can.return) {
    return (
      <Card size="small">
        <Typography.Text type="secondary">{t('city.upward.noAction')}</Typography.Text>
      </Card>
    );
  }

  const send = async (v: SubmitValues) => {
    setError(null);
    try {
      await submit.mutateAsync({
        periodId: state.period.id,
        version: s?.version ?? 0,
        ...(v.missingReason?.trim() ? { missingReason: v.missingReason.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      void message.success(t('city.upward.submit.done', { period: state.period.label }));
      form.resetFields();
    } catch (e) {
      setError(e);
      if (isApiError(e, 'UPWARD_UNITS_MISSING'))
        form.setFields([{ name: 'missingReason', errors: [t('city.upward.submit.missingReasonRequired')] }]);
    }
  };

  const target = (action: DecideTarget['action']): DecideTarget | null =>
    s
      ? {
          action,
          submissionId: s.id,
          version: s.version,
          wardName: s.unitName,
          periodLabel: state.period.label,
        }
      : null;
  const open = (action: DecideTarget['action']) => {
    const x = target(action);
    if (x) onDecide(x);
  };

  return (
    <Card
      size={phone ? 'small' : undefined}
      title={can.submit || can.withdraw ? t('city.upward.submit.title') : t('city.upward.cityActions')}
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Flex vertical gap={12}>
        {can.submit && (
          <Form<SubmitValues> form={form} layout="vertical" onFinish={(v) => void send(v)} requiredMark>
            {missing > 0 && (
              <Form.Item
                name="missingReason"
                label={t('city.upward.submit.missingReason')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('city.upward.submit.missingReasonRequired'),
                  },
                ]}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  showCount
                  placeholder={t('city.upward.submit.missingReasonPlaceholder')}
                />
              </Form.Item>
            )}
            <Form.Item name="note" label={t('city.upward.submit.note')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
            {blocked && (
              <Typography.Paragraph type="danger" style={{ marginTop: -8 }}>
                {t('city.upward.submit.blocked')}
              </Typography.Paragraph>
            )}
            <Button
              type="primary"
              htmlType="submit"
              icon={<SendOutlined />}
              loading={submit.isPending}
              disabled={blocked}
            >
              {t('city.upward.submit.button')}
            </Button>
          </Form>
        )}
        {(can.withdraw || can.accept || can.return) && (
          <Flex gap={8} wrap>
            {can.withdraw && (
              <Button icon={<RollbackOutlined />} onClick={() => open('withdraw')}>
                {t('city.upward.withdraw.button')}
              </Button>
            )}
            {can.accept && (
              <Button type="primary" onClick={() => open('accept')}>
                {t('city.decide.accept')}
              </Button>
            )}
            {can.return && (
              <Button danger onClick={() => open('return')}>
                {t('city.decide.return')}
              </Button>
            )}
          </Flex>
        )}
        {isApiError(error, 'CONFLICT_STALE') ? (
          <ApiErrorAlert error={new Error(t('city.upward.stale'))} onClose={() => setError(null)} />
        ) : (
          <ApiErrorAlert error={error} onClose={() => setError(null)} />
        )}
      </Flex>
    </Card>
  );
}
