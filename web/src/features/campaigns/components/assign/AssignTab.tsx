import { CheckSquareOutlined, MinusSquareOutlined } from '@ant-design/icons';
import { type Campaign, formatNumber, type Indicator } from '@thidua/shared';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  Popover,
  Row,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../lib/form-errors.ts';
import { useOrgUnits } from '../../../org/hooks/useOrgUnits.ts';
import type { CampaignAccess } from '../../hooks/types.ts';
import { useCampaignMutations } from '../../hooks/useCampaigns.ts';
import { flattenTree, indicatorTree } from '../../lib/indicator-tree.ts';
import { UnitChecklist } from './UnitChecklist.tsx';

interface PickRow {
  indicator: Indicator;
  depth: number;
}

/** "Đơn vị": tick several indicators and several units, then assign or unassign every pair in one step. */
export function AssignTab({ campaign: c, access }: { campaign: Campaign; access: CampaignAccess }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { assign } = useCampaignMutations(c.id);
  const { data: units = [] } = useOrgUnits({ includeInactive: true });
  const [indicatorIds, setIndicatorIds] = useState<number[]>([]);
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const rows = useMemo(() => flattenTree(indicatorTree(c.indicators)), [c.indicators]);
  const unitName = (id: number) =>
    units.find((u) => u.id === id)?.name ??
    c.units.find((u) => u.id === id)?.name ??
    t('indicators.unitN', { id });

  const run = (mode: 'add' | 'remove') =>
    assign.mutate(
      { indicatorIds, unitIds, mode },
      {
        onSuccess: (r) =>
          void message.success(
            t(mode === 'add' ? 'assign.added' : 'assign.removed', {
              count: r.changed,
              formatted: formatNumber(r.changed),
            }),
          ),
        onError: (e) => void message.error(errorMessage(e, { details: true }), 8),
      },
    );

  const assignedOfSelected = [
    ...new Set(c.indicators.filter((i) => indicatorIds.includes(i.id)).flatMap((i) => i.assignedUnitIds)),
  ];

  const columns: TableColumnsType<PickRow> = [
    {
      key: 'code',
      title: t('indicators.code'),
      width: 96,
      render: (_, r) => (
        <Typography.Text strong style={{ paddingInlineStart: r.depth * 14 }}>
          {r.indicator.code}
        </Typography.Text>
      ),
    },
    {
      key: 'name',
      title: t('indicators.name'),
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.indicator.name }}>{r.indicator.name}</Typography.Text>
      ),
    },
    {
      key: 'assigned',
      title: t('assign.assignedUnits'),
      width: 190,
      render: (_, r) => {
        const ids = r.indicator.assignedUnitIds;
        if (ids.length === 0) return <Tag color="warning">{t('assign.notAssigned')}</Tag>;
        return (
          <Popover
            title={t('assign.assignedTo', { code: r.indicator.code })}
            content={
              <Flex gap={4} wrap style={{ maxWidth: 420 }}>
                {ids.map((id) => (
                  <Tag key={id} style={{ marginInlineEnd: 0 }}>
                    {unitName(id)}
                  </Tag>
                ))}
              </Flex>
            }
          >
            <Tag color="blue" style={{ cursor: 'help', whiteSpace: 'normal', marginInlineEnd: 0 }}>
              {ids.length === 1
                ? unitName(ids[0] ?? 0)
                : t('assign.unitCount', { formatted: formatNumber(ids.length) })}
            </Tag>
          </Popover>
        );
      },
    },
  ];

  const table = (
    <Table<PickRow>
      rowKey={(r) => r.indicator.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      scroll={{ y: 520 }}
      rowSelection={
        access.editable
          ? {
              selectedRowKeys: indicatorIds,
              onChange: (keys) => setIndicatorIds(keys.map(Number)),
              columnWidth: 44,
            }
          : undefined
      }
      onRow={(r) =>
        access.editable
          ? {
              onClick: (e) => {
                // The checkbox toggles by itself; a click elsewhere on the row toggles too.
                if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return;
                setIndicatorIds((prev) =>
                  prev.includes(r.indicator.id)
                    ? prev.filter((x) => x !== r.indicator.id)
                    : [...prev, r.indicator.id],
                );
              },
              style: { cursor: 'pointer' },
            }
          : {}
      }
    />
  );

  if (!access.editable)
    return (
      <>
        <Typography.Paragraph type="secondary">{t('assign.readOnlyIntro')}</Typography.Paragraph>
        {table}
      </>
    );

  const ready = indicatorIds.length > 0 && unitIds.length > 0;
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('assign.intro')}</Typography.Text>
      <Card
        size="small"
        style={{
          position: 'sticky',
          top: 72,
          zIndex: 5,
          boxShadow: '0 2px 8px rgba(0,0,0,0.06)',
          background: '#f7faff',
        }}
      >
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Text strong={ready} type={ready ? undefined : 'secondary'}>
            {ready
              ? t('assign.summary', {
                  indicators: formatNumber(indicatorIds.length),
                  units: formatNumber(unitIds.length),
                  pairs: formatNumber(indicatorIds.length * unitIds.length),
                })
              : t('assign.pickBoth')}
          </Typography.Text>
          <Flex gap={8}>
            <Popconfirm
              title={t('assign.removeTitle')}
              description={t('assign.removeContent', {
                indicators: formatNumber(indicatorIds.length),
                units: formatNumber(unitIds.length),
              })}
              okText={t('assign.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => run('remove')}
              disabled={!ready}
            >
              <Button
                danger
                icon={<MinusSquareOutlined />}
                disabled={!ready}
                loading={assign.isPending && assign.variables?.mode === 'remove'}
              >
                {t('assign.remove')}
              </Button>
            </Popconfirm>
            <Button
              type="primary"
              icon={<CheckSquareOutlined />}
              disabled={!ready}
              loading={assign.isPending && assign.variables?.mode === 'add'}
              onClick={() => run('add')}
            >
              {t('assign.add')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('assign.step1', { count: indicatorIds.length })}>
            {table}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('assign.step2', { count: unitIds.length })}>
            <UnitChecklist
              rootId={c.issuingUnitId}
              checked={unitIds}
              onChange={setUnitIds}
              assignedOfSelected={assignedOfSelected}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
