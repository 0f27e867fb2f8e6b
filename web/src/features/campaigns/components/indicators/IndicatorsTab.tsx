import { PlusOutlined } from '@ant-design/icons';
import { type Campaign, formatNumber, type Indicator } from '@thidua/shared';
import { App, Button, Empty, Flex, Form, Table, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, errorMessage } from '../../../../lib/form-errors.ts';
import type { CampaignAccess } from '../../hooks/types.ts';
import { useCampaignMutations } from '../../hooks/useCampaigns.ts';
import { type IndicatorNode, indicatorTree } from '../../lib/indicator-tree.ts';
import { IndicatorFormDrawer } from './IndicatorFormDrawer.tsx';
import { type IndicatorValues, toInput, toUpdate, valuesOf } from './indicator-values.ts';
import { useIndicatorColumns } from './useIndicatorColumns.tsx';

/** "Chỉ tiêu": the indicators as a tree, edited in place row by row, or in full in a drawer. */
export function IndicatorsTab({ campaign: c, access }: { campaign: Campaign; access: CampaignAccess }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rowForm] = Form.useForm<IndicatorValues>();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [drawer, setDrawer] = useState<{ indicator?: Indicator } | null>(null);
  const [collapsed, setCollapsed] = useState<Set<Key>>(new Set());
  const { updateIndicator, deleteIndicator } = useCampaignMutations(c.id);

  const tree = useMemo(() => indicatorTree(c.indicators), [c.indicators]);
  const parentIds = useMemo(
    () => [...new Set(c.indicators.map((i) => i.parentIndicatorId).filter((x): x is number => x !== null))],
    [c.indicators],
  );
  const childCount = c.indicators.filter((i) => i.parentIndicatorId !== null).length;

  const saveRow = async (i: Indicator) => {
    try {
      await rowForm.validateFields();
    } catch {
      return;
    }
    // Fields not on the row (kind, direction…) keep the indicator's values.
    const values = { ...valuesOf(i), ...rowForm.getFieldsValue(true) } as IndicatorValues;
    const patch = toUpdate(i, toInput(values));
    if (!patch) return setEditingId(null);
    updateIndicator.mutate(
      { id: i.id, input: patch },
      {
        onSuccess: () => {
          void message.success(t('indicators.saved'));
          setEditingId(null);
        },
        onError: (e) => {
          if (!applyServerErrors(rowForm, e)) void message.error(errorMessage(e, { details: true }), 8);
        },
      },
    );
  };

  const columns = useIndicatorColumns(c, access.editable, {
    editingId,
    saving: updateIndicator.isPending,
    onQuickEdit: (i) => {
      rowForm.resetFields();
      rowForm.setFieldsValue(valuesOf(i));
      setEditingId(i.id);
    },
    onFullEdit: (i) => setDrawer({ indicator: i }),
    onSave: (i) => void saveRow(i),
    onCancel: () => setEditingId(null),
    onDelete: (i) =>
      deleteIndicator.mutateAsync(i.id).then(
        () => void message.success(t('indicators.deleted', { code: i.code })),
        (e: unknown) => void message.error(errorMessage(e, { details: true }), 8),
      ),
  });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {c.indicators.length === 0
            ? ''
            : childCount === 0
              ? t('indicators.summaryFlat', { total: formatNumber(c.indicators.length) })
              : t('indicators.summary', {
                  total: formatNumber(c.indicators.length),
                  children: formatNumber(childCount),
                })}
          {access.editable && c.indicators.length > 0 && ` ${t('indicators.editHint')}`}
        </Typography.Text>
        {access.editable && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDrawer({})}
            disabled={editingId !== null}
          >
            {t('indicators.add')}
          </Button>
        )}
      </Flex>
      <Form form={rowForm} component={false}>
        <Table<IndicatorNode>
          rowKey="id"
          columns={columns}
          dataSource={tree}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 1000 }}
          sticky={{ offsetHeader: 64 }}
          expandable={{
            expandedRowKeys: parentIds.filter((id) => !collapsed.has(id)),
            onExpand: (open, row) =>
              setCollapsed((prev) => {
                const next = new Set(prev);
                if (open) next.delete(row.id);
                else next.add(row.id);
                return next;
              }),
            indentSize: 18,
          }}
          rowClassName={(i) => (i.parentIndicatorId !== null ? 'indicator-child' : '')}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={access.editable ? t('indicators.emptyEditable') : t('indicators.none')}
              />
            ),
          }}
        />
      </Form>
      {drawer && (
        <IndicatorFormDrawer
          campaign={c}
          // The freshest copy, so a retry after "changed by someone else" carries the new version.
          indicator={
            drawer.indicator && (c.indicators.find((i) => i.id === drawer.indicator?.id) ?? drawer.indicator)
          }
          onClose={() => setDrawer(null)}
        />
      )}
    </>
  );
}
