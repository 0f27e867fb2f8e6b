import type { Criterion, ManualScoreSave } from '@thidua/shared';
import { matchesSearch } from '@thidua/shared';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import { parseVnNumber } from '../../../campaigns/lib/format.ts';
import { useEvaluationMutations } from '../../hooks/useEvaluation.ts';

export interface ManualDraft {
  unitId?: number;
  criterion?: string;
  score?: number | null;
  reason?: string;
}

const decimal = (v: number | string | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace('.', ',');

/** One hand score: unit, criterion, 0–10 and the reason (required, as the server requires it). */
export function ManualScoreForm({
  campaignId,
  units,
  criteria,
  draft,
}: {
  campaignId: number;
  units: { id: number; name: string }[];
  criteria: Criterion[];
  /** Filled when the user picks "Sửa" on a saved score. */
  draft: ManualDraft | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ManualDraft>();
  const { saveManual } = useEvaluationMutations(campaignId);
  const [banner, setBanner] = useState<string | null>(null);

  useEffect(() => {
    if (draft) form.setFieldsValue(draft);
  }, [form, draft]);

  const submit = (v: ManualDraft) => {
    setBanner(null);
    const body: ManualScoreSave = {
      unitId: v.unitId ?? 0,
      criterion: v.criterion ?? '',
      score: v.score ?? null,
      reason: v.reason ?? '',
    };
    saveManual.mutate(body, {
      onSuccess: () => {
        void message.success(t('evaluation.manual.saved'));
        form.resetFields(['score', 'reason']);
      },
      onError: (e) => {
        if (!applyServerErrors(form, e, { EVALUATION_REASON_REQUIRED: 'reason' }))
          setBanner(errorMessage(e, { details: true }));
      },
    });
  };

  return (
    <Form<ManualDraft>
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark
      data-testid="manual-form"
      aria-label={t('evaluation.manual.title')}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="unitId"
            label={t('evaluation.unitCol')}
            rules={[{ required: true, message: t('evaluation.manual.unitRequired') }]}
          >
            <Select<number>
              showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              placeholder={t('evaluation.manual.pickUnit')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="criterion"
            label={t('evaluation.manual.criterion')}
            rules={[{ required: true, message: t('evaluation.manual.criterionRequired') }]}
          >
            <Select<string>
              options={criteria.map((c) => ({ value: c.code, label: c.label }))}
              placeholder={t('evaluation.manual.pickCriterion')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="score"
            label={t('evaluation.manual.score')}
            rules={[{ required: true, message: t('evaluation.manual.scoreRequired') }]}
          >
            <InputNumber<number>
              min={0}
              max={10}
              step={0.5}
              formatter={decimal}
              parser={(s) => parseVnNumber(s ?? '') ?? 0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="reason"
        label={t('evaluation.manual.reason')}
        extra={t('evaluation.manual.reasonHint')}
        rules={[{ required: true, whitespace: true, message: t('evaluation.manual.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saveManual.isPending}>
        {t('evaluation.manual.save')}
      </Button>
    </Form>
  );
}
