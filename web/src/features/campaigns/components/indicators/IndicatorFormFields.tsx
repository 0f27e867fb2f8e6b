import { allowedRollups, type Campaign, CHILDREN_RULES, FREQUENCIES, type Indicator } from '@thidua/shared';
import { AutoComplete, Col, Divider, Form, type FormInstance, Input, Row, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaign } from '../../hooks/useCampaigns.ts';
import { selfAndDescendants } from '../../lib/indicator-tree.ts';
import { useCampaignLabels } from '../../lib/labels.ts';
import { VnNumberInput } from '../inputs.tsx';
import { ScopedUnitSelect } from '../ScopedUnitSelect.tsx';
import type { IndicatorValues } from './indicator-values.ts';
import { TargetFields } from './TargetFields.tsx';

const num = { style: { width: '100%' } };
const UNITS = [
  'triệu đồng',
  'tỷ đồng',
  '%',
  '‰',
  'hộ',
  'lượt',
  'người',
  'buổi',
  'tổ dân phố',
  'công trình',
  'km',
];

/** The fields of the indicator form; which ones show depends on the kind and the direction chosen. */
export function IndicatorFormFields({
  campaign: c,
  indicator,
  form,
  strict,
}: {
  campaign: Campaign;
  indicator?: Indicator;
  form: FormInstance<IndicatorValues>;
  strict: () => boolean;
}) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const kind = Form.useWatch('kind', form) ?? 'sum';
  const linked = Form.useWatch('linkedIndicatorId', form);
  const parentCampaign = useCampaign(c.parentCampaignId);

  const parentOptions = useMemo(() => {
    const excluded = indicator ? selfAndDescendants(c.indicators, indicator.id) : new Set<number>();
    return c.indicators
      .filter((i) => !excluded.has(i.id))
      .map((i) => ({ value: i.id, label: `${i.code} – ${i.name}` }));
  }, [c.indicators, indicator]);
  const linkOptions = (parentCampaign.data?.indicators ?? [])
    .filter((i) => i.kind === kind)
    .map((i) => ({ value: i.id, label: `${i.code} – ${i.name}` }));

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={7}>
          <Form.Item
            name="code"
            label={t('indicators.code')}
            normalize={(v: string) => v?.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: t('indicators.codeRequired') },
              { pattern: /^[A-Z0-9][A-Z0-9._-]*$/, message: t('indicators.codeInvalid') },
            ]}
          >
            <Input maxLength={20} spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={17}>
          <Form.Item
            name="name"
            label={t('indicators.name')}
            rules={[{ required: true, whitespace: true, message: t('indicators.nameRequired') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="unitOfMeasure"
            label={t('indicators.unitOfMeasure')}
            rules={[{ required: true, whitespace: true, message: t('indicators.unitRequired') }]}
          >
            <AutoComplete
              options={UNITS.map((u) => ({ value: u }))}
              showSearch={{ filterOption: (input, o) => String(o?.value ?? '').startsWith(input) }}
              maxLength={40}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="frequency" label={t('indicators.frequency')}>
            <Select options={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="weight" label={t('indicators.weight')} extra={t('indicators.weightHelp')}>
            <VnNumberInput min={0} max={100} {...num} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('indicators.secEvaluation')}</Divider>
      <TargetFields form={form} strict={strict} />
      <Divider titlePlacement="start">{t('indicators.secRelations')}</Divider>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            name="parentIndicatorId"
            label={t('indicators.parent')}
            extra={t('indicators.parentHelp')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={parentOptions}
              placeholder={t('indicators.noParent')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item
            name="childrenRule"
            label={t('indicators.childrenRule')}
            extra={t('indicators.childrenRuleHelp')}
          >
            <Select options={CHILDREN_RULES.map((r) => ({ value: r, label: labels.childrenRule(r) }))} />
          </Form.Item>
        </Col>
      </Row>
      {c.parentCampaignId !== null && (
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="linkedIndicatorId"
              label={t('indicators.linked')}
              extra={t('indicators.linkedHelp')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={linkOptions}
                loading={parentCampaign.isLoading}
                placeholder={t('indicators.noLink')}
              />
            </Form.Item>
          </Col>
          {linked ? (
            <Col xs={24} sm={10}>
              <Form.Item name="rollupRule" label={t('indicators.rollupRule')}>
                <Select options={allowedRollups(kind).map((r) => ({ value: r, label: labels.rollup(r) }))} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      )}

      <Divider titlePlacement="start">{t('indicators.secTracking')}</Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="responsibleUnitId" label={t('indicators.responsibleUnit')}>
            <ScopedUnitSelect rootId={c.issuingUnitId} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="coordinatingUnitIds" label={t('indicators.coordinatingUnits')}>
            <ScopedUnitSelect multiple rootId={c.issuingUnitId} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={12}>
          <Form.Item name="minValue" label={t('indicators.minValue')} extra={t('indicators.minMaxHelp')}>
            <VnNumberInput {...num} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item
            name="maxValue"
            label={t('indicators.maxValue')}
            dependencies={['minValue']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v) => {
                  const min = getFieldValue('minValue');
                  return typeof v === 'number' && typeof min === 'number' && v < min
                    ? Promise.reject(new Error(t('indicators.maxBelowMin')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <VnNumberInput {...num} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="groupName" label={t('indicators.groupName')} extra={t('indicators.groupNameHelp')}>
        <Input maxLength={120} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} sm={12}>
          <Form.Item name="scoreFull" label={t('indicators.scoreFull')} extra={t('indicators.scoreFullHelp')}>
            <VnNumberInput min={1} max={1000} suffix="%" {...num} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item
            name="scoreRedFlag"
            label={t('indicators.scoreRedFlag')}
            extra={t('indicators.scoreRedFlagHelp')}
            dependencies={['scoreFull']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v) => {
                  const full = getFieldValue('scoreFull') ?? 100;
                  return typeof v === 'number' && v >= full
                    ? Promise.reject(new Error(t('indicators.redFlagAboveFull')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <VnNumberInput min={0} max={99} suffix="%" {...num} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={12}>
          <Form.Item name="evidenceRequired" label={t('indicators.evidenceRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item name="sortOrder" label={t('indicators.sortOrder')}>
            <VnNumberInput min={0} max={100000} precision={0} digits={0} {...num} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sourceText" label={t('indicators.sourceText')} extra={t('indicators.sourceTextHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="note" label={t('indicators.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}
