import { ThunderboltOutlined } from '@ant-design/icons';
import { SCHEDULE_METHOD_LABELS, type ScheduleGenerate } from '@thidua/shared';
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { VnNumberInput } from '../../campaigns/components/inputs.tsx';

type GenMethod = ScheduleGenerate['method'];
const METHODS: GenMethod[] = ['linear', 'stepped', 'shaped'];

export interface GeneratorValues {
  method: GenMethod;
  baseline: number | null;
  target: number | null;
  every: number;
  lastYear: (number | null)[];
}

/**
 * "Tạo lịch": evenly, in steps every N periods, or shaped like last year's amounts; the result only fills the
 * table (a preview) until the user saves.
 */
export function GeneratorPanel({
  initial,
  periods,
  loading,
  onGenerate,
}: {
  initial: GeneratorValues;
  periods: { periodId: string; label: string }[];
  loading: boolean;
  onGenerate: (v: GeneratorValues) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<GeneratorValues>();
  const method = Form.useWatch('method', form) ?? initial.method;

  return (
    <Form<GeneratorValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) =>
        onGenerate({
          ...initial,
          ...v,
          lastYear: periods.map((_, i) => v.lastYear?.[i] ?? null),
        })
      }
      requiredMark={false}
    >
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name="method" label={t('schedules.method')} style={{ marginBottom: 12, width: 200 }}>
          <Select<GenMethod>
            options={METHODS.map((m) => ({ value: m, label: SCHEDULE_METHOD_LABELS[m][lang] }))}
          />
        </Form.Item>
        <Form.Item name="baseline" label={t('schedules.baseline')} style={{ marginBottom: 12, width: 160 }}>
          <VnNumberInput style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('schedules.target')}
          style={{ marginBottom: 12, width: 160 }}
          rules={[{ required: true, message: t('schedules.targetRequired') }]}
        >
          <VnNumberInput style={{ width: '100%' }} />
        </Form.Item>
        {method === 'stepped' && (
          <Form.Item
            name="every"
            label={t('schedules.every')}
            tooltip={t('schedules.everyHelp')}
            style={{ marginBottom: 12, width: 150 }}
          >
            <InputNumber<number> min={1} max={12} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 12 }}>
          <Button htmlType="submit" icon={<ThunderboltOutlined />} loading={loading}>
            {t('schedules.generate')}
          </Button>
        </Form.Item>
      </Flex>
      {method === 'shaped' && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
            {t('schedules.lastYearHelp')}
          </Typography.Text>
          <Flex gap={8} wrap>
            {periods.map((p, i) => (
              <Form.Item
                key={p.periodId}
                name={['lastYear', i]}
                label={p.label}
                style={{ marginBottom: 4, width: 140 }}
              >
                <VnNumberInput
                  style={{ width: '100%' }}
                  aria-label={t('schedules.lastYearCell', { period: p.label })}
                />
              </Form.Item>
            ))}
          </Flex>
        </div>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('schedules.previewHint')}
      </Typography.Text>
    </Form>
  );
}
