import { type AdvancedExample, type CampaignSummary, EXAMPLE_STAGES, matchesSearch } from '@thidua/shared';
import { Alert, AutoComplete, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api.ts';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import { UnitTreeSelect } from '../../../org/components/UnitTreeSelect.tsx';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import { useExampleMutations } from '../../hooks/useExamples.ts';
import { type ExampleStage, useRewardLabels } from '../../lib/labels.ts';

interface Values {
  unitId: number;
  campaignId: number | null;
  title: string;
  field: string;
  description: string;
  stage: ExampleStage;
  replicatedUnitIds: number[];
}

/**
 * Registers an advanced example (điển hình tiên tiến, mô hình mới, cách làm hay) or moves one on: its stage
 * (discovered → nurtured → replicated) and the units that took it up.
 */
export function ExampleFormModal({
  example,
  campaigns,
  defaults,
  fields,
  onClose,
}: {
  example?: AdvancedExample;
  campaigns: CampaignSummary[];
  defaults: { unitId?: number; campaignId?: number };
  /** Fields already used, offered while typing. */
  fields: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useRewardLabels();
  const [form] = Form.useForm<Values>();
  const { create, update } = useExampleMutations();
  const [banner, setBanner] = useState<string | null>(null);
  const units = useOrgUnits().data ?? [];
  const unitId = Form.useWatch('unitId', form);
  const unitOptions = useMemo(
    () => units.filter((u) => u.isActive && u.id !== unitId).map((u) => ({ value: u.id, label: u.name })),
    [units, unitId],
  );
  const busy = create.isPending || update.isPending;

  const submit = (v: Values) => {
    setBanner(null);
    const body = {
      campaignId: v.campaignId ?? null,
      title: v.title,
      field: v.field,
      description: v.description,
      stage: v.stage,
      replicatedUnitIds: v.replicatedUnitIds ?? [],
    };
    const onError = (e: unknown) => {
      if (isApiError(e, 'CONFLICT_STALE')) setBanner(t('nominations.examples.stale'));
      else if (!applyServerErrors(form, e)) setBanner(errorMessage(e, { details: true }));
    };
    if (example)
      update.mutate(
        { id: example.id, input: { ...body, version: example.version } },
        { onSuccess: onClose, onError },
      );
    else create.mutate({ ...body, unitId: v.unitId }, { onSuccess: onClose, onError });
  };

  return (
    <Modal
      open
      title={example ? t('nominations.examples.editTitle') : t('nominations.examples.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={
          example
            ? {
                unitId: example.unitId,
                campaignId: example.campaignId,
                title: example.title,
                field: example.field,
                description: example.description,
                stage: example.stage,
                replicatedUnitIds: example.replicatedUnits.map((u) => u.id),
              }
            : {
                unitId: defaults.unitId,
                campaignId: defaults.campaignId ?? null,
                stage: 'discovered',
                replicatedUnitIds: [],
              }
        }
      >
        <Form.Item
          name="title"
          label={t('nominations.examples.title')}
          rules={[{ required: true, whitespace: true, message: t('nominations.examples.titleRequired') }]}
        >
          <Input maxLength={300} autoFocus placeholder={t('nominations.examples.titlePlaceholder')} />
        </Form.Item>
        {example ? (
          <Form.Item label={t('nominations.examples.unit')}>
            <Typography.Text>{example.unitName}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="unitId"
            label={t('nominations.examples.unit')}
            rules={[{ required: true, message: t('nominations.examples.unitRequired') }]}
          >
            <UnitTreeSelect aria-label={t('nominations.examples.unit')} />
          </Form.Item>
        )}
        <Form.Item
          name="field"
          label={t('nominations.examples.field')}
          rules={[{ required: true, whitespace: true, message: t('nominations.examples.fieldRequired') }]}
        >
          <AutoComplete
            options={fields.map((f) => ({ value: f }))}
            filterOption={(input, o) => matchesSearch(String(o?.value ?? ''), input)}
            placeholder={t('nominations.examples.fieldPlaceholder')}
            maxLength={120}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('nominations.examples.description')}
          rules={[
            { required: true, whitespace: true, message: t('nominations.examples.descriptionRequired') },
            { min: 10, message: t('nominations.examples.descriptionShort') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item
          name="stage"
          label={t('nominations.examples.stage')}
          extra={t('nominations.examples.stageHelp')}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={EXAMPLE_STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
          />
        </Form.Item>
        <Form.Item
          name="replicatedUnitIds"
          label={t('nominations.examples.replicated')}
          extra={t('nominations.examples.replicatedHelp')}
        >
          <Select<number[]>
            mode="multiple"
            allowClear
            placeholder={t('nominations.examples.replicatedPlaceholder')}
            showSearch={{ filterOption: (input, o) => matchesSearch(String(o?.label ?? ''), input) }}
            options={unitOptions}
          />
        </Form.Item>
        <Form.Item name="campaignId" label={t('nominations.examples.campaign')}>
          <Select<number>
            allowClear
            placeholder={t('nominations.examples.campaignNone')}
            options={campaigns.map((c) => ({ value: c.id, label: `${c.issuingUnitName} · ${c.title}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
