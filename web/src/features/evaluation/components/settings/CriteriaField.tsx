import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CriterionInput } from '@thidua/shared';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../../lib/zod-rule.ts';

/** The qualitative criteria the office scores by hand (code, label, weight among them). */
export function CriteriaField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={['settings', 'criteria']}>
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('evaluation.rules.criteriaHint')}</Typography.Text>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} wrap align="flex-start">
              <Form.Item
                name={[f.name, 'label']}
                label={i === 0 ? t('evaluation.rules.criterionLabel') : undefined}
                rules={[{ required: true, message: t('evaluation.rules.labelRequired') }]}
                style={{ flex: '1 1 200px', marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  aria-label={t('evaluation.rules.criterionLabelN', { n: i + 1 })}
                  disabled={disabled}
                />
              </Form.Item>
              <Flex gap={8} align="flex-start" style={{ flex: '1 1 250px', minWidth: 0 }}>
                <Form.Item
                  name={[f.name, 'code']}
                  label={i === 0 ? t('evaluation.rules.code') : undefined}
                  rules={[
                    { required: true, message: t('evaluation.rules.codeRequired') },
                    zodRule(CriterionInput.shape.code),
                  ]}
                  style={{ flex: '1 1 100px', marginBottom: 0, minWidth: 0 }}
                >
                  <Input
                    aria-label={t('evaluation.rules.criterionCodeN', { n: i + 1 })}
                    disabled={disabled}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'weight']}
                  label={i === 0 ? t('evaluation.rules.weight') : undefined}
                  rules={[{ required: true, message: t('evaluation.rules.weightRequired') }]}
                  style={{ flex: '0 0 90px', marginBottom: 0 }}
                >
                  <InputNumber<number>
                    aria-label={t('evaluation.rules.criterionWeightN', { n: i + 1 })}
                    min={0}
                    max={100}
                    disabled={disabled}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('evaluation.rules.removeCriterion', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Flex>
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          {!disabled && fields.length < 10 && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ code: '', label: '', weight: 1 })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('evaluation.rules.addCriterion')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
