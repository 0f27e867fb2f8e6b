import { allowedRollups, type Campaign, type Indicator } from '@thidua/shared';
import { Alert, App, Button, Drawer, Flex, Form } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import { useCampaignMutations } from '../../hooks/useCampaigns.ts';
import { nextCode, nextSortOrder } from '../../lib/indicator-tree.ts';
import { IndicatorFormFields } from './IndicatorFormFields.tsx';
import { type IndicatorValues, toInput, toUpdate, valuesOf } from './indicator-values.ts';

/** The starting values of a new indicator: the next code, at the end of the list, a yearly-sum default. */
function fresh(c: Campaign): Partial<IndicatorValues> {
  return {
    code: nextCode(c.indicators),
    kind: 'sum',
    direction: 'at_least',
    frequency: 'quarter',
    weight: 1,
    sortOrder: nextSortOrder(c.indicators),
    childrenRule: 'none',
    rollupRule: 'none',
    allowOver100: false,
    evidenceRequired: false,
    coordinatingUnitIds: [],
    factor: null,
  };
}

/** Add an indicator, or edit every field of one. The target is checked while typing, as the server will. */
export function IndicatorFormDrawer({
  campaign: c,
  indicator,
  onClose,
}: {
  campaign: Campaign;
  indicator?: Indicator;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorValues>();
  const { createIndicator, updateIndicator } = useCampaignMutations(c.id);
  const [banner, setBanner] = useState<string | null>(null);
  const saving = useRef(false);
  const pending = createIndicator.isPending || updateIndicator.isPending;

  // Sensible companions: a % unit means factor 100, ‰ means 1000; a link picks a roll-up that suits the kind.
  const onValuesChange = (changed: Partial<IndicatorValues>, all: IndicatorValues) => {
    const unit = all.unitOfMeasure?.trim();
    if (('unitOfMeasure' in changed || 'kind' in changed) && all.kind === 'ratio') {
      if (unit === '%') form.setFieldValue('factor', 100);
      else if (unit === '‰') form.setFieldValue('factor', 1000);
      else if (all.factor === null || all.factor === undefined) form.setFieldValue('factor', 100);
    }
    if (changed.kind === 'ratio' && !unit) form.setFieldValue('unitOfMeasure', '%');
    if (changed.kind === 'rate_per_mille' && !unit) form.setFieldValue('unitOfMeasure', '‰');
    if ('linkedIndicatorId' in changed || ('kind' in changed && all.linkedIndicatorId))
      form.setFieldValue(
        'rollupRule',
        all.linkedIndicatorId ? (allowedRollups(all.kind)[0] ?? 'none') : 'none',
      );
  };

  const onError = (e: unknown) => {
    if (!applyServerErrors(form, e)) setBanner(errorMessage(e, { details: true }));
  };

  const submit = (v: IndicatorValues) => {
    setBanner(null);
    const input = toInput(v);
    if (!indicator) {
      createIndicator.mutate(input, {
        onSuccess: (i) => {
          void message.success(t('indicators.created', { code: i.code }));
          onClose();
        },
        onError,
      });
      return;
    }
    const patch = toUpdate(indicator, input);
    if (!patch) return onClose();
    updateIndicator.mutate(
      { id: indicator.id, input: patch },
      {
        onSuccess: () => {
          void message.success(t('indicators.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  const save = () => {
    saving.current = true;
    form
      .validateFields()
      .then(submit, () => undefined)
      .finally(() => {
        saving.current = false;
      });
  };

  return (
    <Drawer
      open
      title={indicator ? t('indicators.editTitle', { code: indicator.code }) : t('indicators.createTitle')}
      size={780}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={save}>
            {indicator ? t('common.save') : t('indicators.add')}
          </Button>
        </Flex>
      }
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form<IndicatorValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={indicator ? valuesOf(indicator) : fresh(c)}
        onValuesChange={onValuesChange}
        onFinish={save}
      >
        <IndicatorFormFields campaign={c} indicator={indicator} form={form} strict={() => saving.current} />
      </Form>
    </Drawer>
  );
}
