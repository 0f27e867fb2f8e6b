import { formatPercent } from '@thidua/shared';
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SettingsValues } from '../../lib/settings-form.ts';

const PARTS = ['indicators', 'timeliness', 'completeness', 'manual'] as const;

/** The red flag (in %) and the four weights, each with its share of the total shown as it is typed. */
export function WeightsField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<SettingsValues>();
  const weights = Form.useWatch(['settings', 'weights'], form);
  const sum = PARTS.reduce((s, k) => s + (Number(weights?.[k]) || 0), 0);
  return (
    <>
      <Form.Item
        name={['settings', 'redFlag']}
        label={t('evaluation.rules.redFlag')}
        extra={t('evaluation.rules.redFlagHint')}
        rules={[{ required: true, message: t('evaluation.rules.redFlagRequired') }]}
      >
        <InputNumber<number> min={0} max={99} suffix="%" disabled={disabled} style={{ width: 140 }} />
      </Form.Item>
      <Typography.Text strong>{t('evaluation.rules.weights')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
        {t('evaluation.rules.weightsHint')}
      </Typography.Paragraph>
      <Row gutter={[12, 0]}>
        {PARTS.map((k) => {
          const w = Number(weights?.[k]) || 0;
          return (
            <Col key={k} xs={12} md={6}>
              <Form.Item
                name={['settings', 'weights', k]}
                label={t(`evaluation.parts.${k}`)}
                extra={sum > 0 ? t('evaluation.rules.share', { pct: formatPercent((100 * w) / sum, 1) }) : ''}
                rules={[{ required: true, message: t('evaluation.rules.weightRequired') }]}
              >
                <InputNumber<number> min={0} max={100} disabled={disabled} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
