import { DIRECTIONS, INDICATOR_KINDS, isPercent } from '@thidua/shared';
import { Checkbox, Col, Form, type FormInstance, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaignLabels } from '../../lib/labels.ts';
import { effectiveFactor, targetItem } from '../../lib/target-rules.ts';
import { VnNumberInput } from '../inputs.tsx';
import type { IndicatorValues } from './indicator-values.ts';

const num = { style: { width: '100%' } };

/**
 * Kind, direction and target of an indicator. The inputs follow the choice: a band asks for its bounds, "duy trì"
 * for a tolerance, a ratio for its numerator, denominator and factor; each number is checked as it is typed.
 */
export function TargetFields({
  form,
  strict,
}: {
  form: FormInstance<IndicatorValues>;
  strict: () => boolean;
}) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const kind = Form.useWatch('kind', form) ?? 'sum';
  const direction = Form.useWatch('direction', form) ?? 'at_least';
  const unit = Form.useWatch('unitOfMeasure', form) ?? '';
  const factor = Form.useWatch('factor', form) ?? null;
  const ratioLike = kind === 'ratio' || kind === 'rate_per_mille';
  const percent = isPercent({ kind, factor: effectiveFactor(kind, factor), unitOfMeasure: unit });

  return (
    <>
      <Form.Item name="kind" label={t('indicators.kind')} required>
        <Radio.Group style={{ width: '100%' }}>
          <Row gutter={[8, 8]}>
            {INDICATOR_KINDS.map((k) => (
              <Col key={k} xs={24} sm={12}>
                <Radio value={k}>
                  <strong>{labels.kind(k)}</strong>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t(`indicators.kindHelp_${k}`)}
                  </Typography.Text>
                </Radio>
              </Col>
            ))}
          </Row>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="direction" label={t('indicators.direction')} required>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={DIRECTIONS.map((d) => ({ value: d, label: labels.direction(d) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        {direction === 'band' ? (
          <>
            <Col xs={12} sm={8}>
              <Form.Item
                name="targetLow"
                label={t('indicators.targetLow')}
                required
                {...targetItem('targetLow', strict)}
              >
                <VnNumberInput {...num} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item
                name="targetHigh"
                label={t('indicators.targetHigh')}
                required
                {...targetItem('targetHigh', strict)}
              >
                <VnNumberInput {...num} />
              </Form.Item>
            </Col>
          </>
        ) : (
          <Col xs={12} sm={8}>
            <Form.Item
              name="targetValue"
              label={t('indicators.targetValue')}
              extra={unit ? t('indicators.inUnit', { unit }) : undefined}
              required
              {...targetItem('targetValue', strict)}
            >
              <VnNumberInput {...num} />
            </Form.Item>
          </Col>
        )}
        {direction === 'maintain' && (
          <Col xs={12} sm={8}>
            <Form.Item
              name="tolerance"
              label={t('indicators.tolerance')}
              required
              {...targetItem('tolerance', strict)}
            >
              <VnNumberInput min={0} {...num} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} sm={8}>
          <Form.Item name="baselineValue" label={t('indicators.baselineValue')}>
            <VnNumberInput {...num} />
          </Form.Item>
        </Col>
      </Row>
      {ratioLike && (
        <Row gutter={12}>
          <Col xs={24} sm={kind === 'ratio' ? 9 : 12}>
            <Form.Item name="numeratorLabel" label={t('indicators.numeratorLabel')}>
              <Input maxLength={200} placeholder={t('indicators.numeratorPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={kind === 'ratio' ? 9 : 12}>
            <Form.Item name="denominatorLabel" label={t('indicators.denominatorLabel')}>
              <Input maxLength={200} placeholder={t('indicators.denominatorPlaceholder')} />
            </Form.Item>
          </Col>
          {kind === 'ratio' && (
            <Col xs={24} sm={6}>
              <Form.Item
                name="factor"
                label={t('indicators.factor')}
                required
                {...targetItem('factor', strict)}
              >
                <Select
                  options={[
                    { value: 100, label: t('indicators.factor100') },
                    { value: 1000, label: t('indicators.factor1000') },
                    { value: 1, label: t('indicators.factor1') },
                  ]}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      )}
      {percent && (
        <Form.Item name="allowOver100" valuePropName="checked">
          <Checkbox>{t('indicators.allowOver100')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}
