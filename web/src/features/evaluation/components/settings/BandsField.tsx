import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BandInput } from '@thidua/shared';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../../lib/zod-rule.ts';
import { parseVnNumber } from '../../../campaigns/lib/format.ts';

const decimal = (v: number | string | undefined) =>
  v === undefined || v === '' ? '' : String(v).replace('.', ',');
const parse = (s: string | undefined) => parseVnNumber(s ?? '') ?? 0;

/** The bands (xếp loại): code, label and the lowest score that reaches it; one must start at 0. */
export function BandsField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={['settings', 'bands']}>
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('evaluation.rules.bandsHint')}</Typography.Text>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} wrap align="flex-start" data-testid={`band-${i}`}>
              <Form.Item
                name={[f.name, 'label']}
                label={i === 0 ? t('evaluation.rules.bandLabel') : undefined}
                rules={[{ required: true, message: t('evaluation.rules.labelRequired') }]}
                style={{ flex: '1 1 200px', marginBottom: 0 }}
              >
                <Input aria-label={t('evaluation.rules.bandLabelN', { n: i + 1 })} disabled={disabled} />
              </Form.Item>
              <Flex gap={8} align="flex-start" style={{ flex: '1 1 250px', minWidth: 0 }}>
                <Form.Item
                  name={[f.name, 'code']}
                  label={i === 0 ? t('evaluation.rules.code') : undefined}
                  rules={[
                    { required: true, message: t('evaluation.rules.codeRequired') },
                    zodRule(BandInput.shape.code),
                  ]}
                  style={{ flex: '1 1 100px', marginBottom: 0, minWidth: 0 }}
                >
                  <Input aria-label={t('evaluation.rules.bandCodeN', { n: i + 1 })} disabled={disabled} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'min']}
                  label={i === 0 ? t('evaluation.rules.minScore') : undefined}
                  rules={[{ required: true, message: t('evaluation.rules.minRequired') }]}
                  style={{ flex: '0 0 100px', marginBottom: 0 }}
                >
                  <InputNumber<number>
                    aria-label={t('evaluation.rules.bandMinN', { n: i + 1 })}
                    min={0}
                    max={10}
                    step={0.5}
                    formatter={decimal}
                    parser={parse}
                    disabled={disabled}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('evaluation.rules.removeBand', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                    disabled={fields.length <= 1}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Flex>
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          {!disabled && fields.length < 8 && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ code: '', label: '', min: 0 })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('evaluation.rules.addBand')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
