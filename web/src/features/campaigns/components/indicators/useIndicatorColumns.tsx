import {
  CloseOutlined,
  DeleteOutlined,
  EditOutlined,
  ProfileOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { type Campaign, FREQUENCIES, formatNumber, type Indicator } from '@thidua/shared';
import {
  Button,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import { formatTarget } from '../../lib/format.ts';
import type { IndicatorNode } from '../../lib/indicator-tree.ts';
import { useCampaignLabels } from '../../lib/labels.ts';
import { targetItem } from '../../lib/target-rules.ts';
import { VnNumberInput } from '../inputs.tsx';
import { ScopedUnitSelect } from '../ScopedUnitSelect.tsx';
import { KindCell, NameCell } from './IndicatorCells.tsx';

const tight = { style: { marginBottom: 0 } };

export interface RowActions {
  editingId: number | null;
  saving: boolean;
  onQuickEdit: (i: Indicator) => void;
  onFullEdit: (i: Indicator) => void;
  onSave: (i: Indicator) => void;
  onCancel: () => void;
  onDelete: (i: Indicator) => Promise<void>;
}

/**
 * The indicator table's columns. The row being edited shows inputs (inside the tab's row form) for the name,
 * unit, target, weight, unit in charge and reporting period; the others show the values the Vietnamese way.
 */
export function useIndicatorColumns(
  c: Campaign,
  editable: boolean,
  a: RowActions,
): TableColumnsType<IndicatorNode> {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const { data: units = [] } = useOrgUnits({ includeInactive: true });
  const unitName = (id: number | null) =>
    id === null
      ? ''
      : (units.find((u) => u.id === id)?.name ??
        c.units.find((u) => u.id === id)?.name ??
        t('indicators.unitN', { id }));
  const isEditing = (i: Indicator) => i.id === a.editingId;
  const busy = a.editingId !== null;

  const targetInputs = (i: Indicator) => {
    const prefix = {
      targetValue: undefined,
      targetLow: t('indicators.from'),
      targetHigh: t('indicators.to'),
      tolerance: '±',
    };
    const field = (name: 'targetValue' | 'targetLow' | 'targetHigh' | 'tolerance', label: string) => (
      <Form.Item name={name} {...tight} {...targetItem(name)}>
        <VnNumberInput
          aria-label={label}
          placeholder={label}
          prefix={prefix[name]}
          style={{ width: '100%' }}
        />
      </Form.Item>
    );
    return (
      <Flex vertical gap={4}>
        {i.direction === 'band' ? (
          <>
            {field('targetLow', t('indicators.targetLow'))}
            {field('targetHigh', t('indicators.targetHigh'))}
          </>
        ) : (
          field('targetValue', t('indicators.targetValue'))
        )}
        {i.direction === 'maintain' && field('tolerance', t('indicators.tolerance'))}
      </Flex>
    );
  };

  const columns: TableColumnsType<IndicatorNode> = [
    {
      key: 'code',
      title: t('indicators.code'),
      width: 132,
      render: (_, i) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {i.code}
        </Typography.Text>
      ),
    },
    {
      key: 'name',
      title: t('indicators.name'),
      render: (_, i) =>
        isEditing(i) ? (
          <Form.Item
            name="name"
            {...tight}
            rules={[{ required: true, whitespace: true, message: t('indicators.nameRequired') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              aria-label={t('indicators.name')}
              maxLength={500}
            />
          </Form.Item>
        ) : (
          <NameCell indicator={i} campaign={c} />
        ),
    },
    {
      key: 'kind',
      title: t('indicators.kindDirection'),
      width: 140,
      render: (_, i) => <KindCell indicator={i} />,
    },
    {
      key: 'target',
      title: t('indicators.targetAndUnit'),
      width: 140,
      align: 'right',
      render: (_, i) =>
        isEditing(i) ? (
          <Flex vertical gap={4}>
            {targetInputs(i)}
            <Form.Item
              name="unitOfMeasure"
              {...tight}
              rules={[{ required: true, whitespace: true, message: t('indicators.unitRequired') }]}
            >
              <Input
                aria-label={t('indicators.unitOfMeasure')}
                placeholder={t('indicators.unitOfMeasure')}
                maxLength={40}
              />
            </Form.Item>
          </Flex>
        ) : (
          <Flex vertical gap={0} align="flex-end">
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {formatTarget(i)}
            </Typography.Text>
            {!['%', '‰'].includes(i.unitOfMeasure.trim()) && (
              <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'right' }}>
                {i.unitOfMeasure}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      key: 'weight',
      title: t('indicators.weight'),
      width: 90,
      align: 'right',
      render: (_, i) =>
        isEditing(i) ? (
          <Form.Item name="weight" {...tight}>
            <VnNumberInput min={0} max={100} aria-label={t('indicators.weight')} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          formatNumber(i.weight)
        ),
    },
    {
      key: 'responsible',
      title: t('indicators.responsibleAndFrequency'),
      width: 160,
      render: (_, i) =>
        isEditing(i) ? (
          <Flex vertical gap={4}>
            <Form.Item name="responsibleUnitId" {...tight}>
              <ScopedUnitSelect rootId={c.issuingUnitId} aria-label={t('indicators.responsibleUnit')} />
            </Form.Item>
            <Form.Item name="frequency" {...tight}>
              <Select
                aria-label={t('indicators.frequency')}
                options={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))}
              />
            </Form.Item>
          </Flex>
        ) : (
          <Flex vertical gap={2}>
            {i.responsibleUnitId === null ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <Typography.Text>{unitName(i.responsibleUnitId)}</Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.frequency(i.frequency)}
            </Typography.Text>
          </Flex>
        ),
    },
  ];
  if (!editable) return columns;
  columns.push({
    key: 'actions',
    title: t('common.actions'),
    width: c.status === 'draft' ? 112 : 90,
    render: (_, i) =>
      isEditing(i) ? (
        <Flex gap={4} wrap>
          <Button
            type="primary"
            size="small"
            icon={<SaveOutlined />}
            loading={a.saving}
            onClick={() => a.onSave(i)}
          >
            {t('common.save')}
          </Button>
          <Tooltip title={t('common.cancel')}>
            <Button
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('common.cancel')}
              onClick={a.onCancel}
            />
          </Tooltip>
        </Flex>
      ) : (
        <Flex gap={4}>
          <Tooltip title={t('indicators.quickEdit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`${t('indicators.quickEdit')} ${i.code}`}
              disabled={busy}
              onClick={() => a.onQuickEdit(i)}
            />
          </Tooltip>
          <Tooltip title={t('indicators.fullEdit')}>
            <Button
              size="small"
              icon={<ProfileOutlined />}
              aria-label={`${t('indicators.fullEdit')} ${i.code}`}
              disabled={busy}
              onClick={() => a.onFullEdit(i)}
            />
          </Tooltip>
          {c.status === 'draft' && (
            <Popconfirm
              title={t('indicators.deleteTitle', { code: i.code })}
              description={t('indicators.deleteContent')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => a.onDelete(i)}
            >
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('common.delete')} ${i.code}`}
                disabled={busy}
              />
            </Popconfirm>
          )}
        </Flex>
      ),
  });
  return columns;
}
