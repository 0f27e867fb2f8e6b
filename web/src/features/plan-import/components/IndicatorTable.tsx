import { DeleteOutlined } from '@ant-design/icons';
import { DIRECTIONS, formatNumber, INDICATOR_KINDS, type IndicatorValues } from '@thidua/shared';
import { Button, Flex, Input, Select, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VnNumberInput } from '../../campaigns/components/inputs.tsx';
import { useCampaignLabels } from '../../campaigns/lib/labels.ts';
import { type FieldMeta, INDICATOR_FIELDS } from '../lib/model.ts';
import { FieldNote } from './FieldNote.tsx';

type Field = keyof IndicatorValues;
const SHOWN = new Set<string>(INDICATOR_FIELDS);

interface Props {
  rows: IndicatorValues[];
  meta: Map<string, FieldMeta>;
  errors: Record<string, string>;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onChange: (n: number, patch: Partial<IndicatorValues>) => void;
  onRemove: (n: number) => void;
}

const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 3) : String(v));

/** The draft's indicators, every value editable in place; flagged values carry their warning and readings. */
export function IndicatorTable({ rows, meta, errors, selectedKey, onSelect, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const labels = useCampaignLabels();
  const key = (n: number, f: Field) => `indicators.${n}.${f}`;
  const common = (n: number, f: Field) => ({
    id: `pi-indicators-${n}-${f}`,
    onFocus: () => onSelect(key(n, f)),
  });
  const note = (n: number, f: Field, label: string, node: ReactNode, show = num) => {
    const row = rows[n] as IndicatorValues;
    return (
      <FieldNote
        meta={meta.get(key(n, f))}
        label={label}
        value={row[f]}
        show={show}
        onPick={(v) => onChange(n, { [f]: v } as Partial<IndicatorValues>)}
        error={errors[key(n, f)]}
      >
        {node}
      </FieldNote>
    );
  };
  const number = (n: number, f: Field, label: string, prefix?: string) =>
    note(
      n,
      f,
      label,
      <VnNumberInput
        {...common(n, f)}
        aria-label={label}
        value={(rows[n]?.[f] as number | null) ?? null}
        onChange={(v) => onChange(n, { [f]: v ?? null } as Partial<IndicatorValues>)}
        prefix={prefix}
        status={errors[key(n, f)] ? 'error' : undefined}
        placeholder={prefix ? undefined : '…'}
        style={{ width: '100%' }}
      />,
    );
  const otherErrors = (n: number) =>
    Object.entries(errors)
      .filter(([k]) => k.startsWith(`indicators.${n}.`) && !SHOWN.has(k.split('.')[2] ?? ''))
      .map(([, m]) => m);

  const columns: TableColumnsType<IndicatorValues> = [
    {
      key: 'code',
      title: t('planImport.code'),
      width: 100,
      render: (_, r, n) => (
        <Flex vertical gap={4}>
          {note(
            n,
            'code',
            t('planImport.codeOf', { code: r.code }),
            <Input
              {...common(n, 'code')}
              aria-label={t('planImport.codeOf', { code: r.code })}
              value={r.code}
              status={errors[key(n, 'code')] ? 'error' : undefined}
              onChange={(e) => onChange(n, { code: e.target.value.toUpperCase() })}
            />,
          )}
          {note(
            n,
            'parentCode',
            t('planImport.parentOf', { code: r.code }),
            <Select
              {...common(n, 'parentCode')}
              aria-label={t('planImport.parentOf', { code: r.code })}
              allowClear
              size="small"
              value={r.parentCode ?? undefined}
              onChange={(v) => onChange(n, { parentCode: v ?? null })}
              options={rows.filter((o) => o.code !== r.code).map((o) => ({ value: o.code, label: o.code }))}
              placeholder={t('planImport.parent')}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />,
            String,
          )}
        </Flex>
      ),
    },
    {
      key: 'name',
      title: t('planImport.name'),
      render: (_, r, n) => (
        <>
          {note(
            n,
            'name',
            t('planImport.nameOf', { code: r.code }),
            <Input.TextArea
              {...common(n, 'name')}
              aria-label={t('planImport.nameOf', { code: r.code })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={r.name}
              status={errors[key(n, 'name')] ? 'error' : undefined}
              onChange={(e) => onChange(n, { name: e.target.value })}
            />,
            String,
          )}
          {otherErrors(n).map((m) => (
            <Typography.Text key={m} type="danger" role="alert" style={{ fontSize: 12, display: 'block' }}>
              {m}
            </Typography.Text>
          ))}
        </>
      ),
    },
    {
      key: 'target',
      title: t('planImport.target'),
      width: 150,
      render: (_, r, n) => (
        <Flex vertical gap={4}>
          {r.direction === 'band' ? (
            <>
              {number(n, 'targetLow', t('planImport.lowOf', { code: r.code }), t('planImport.fromPrefix'))}
              {number(n, 'targetHigh', t('planImport.highOf', { code: r.code }), t('planImport.toPrefix'))}
            </>
          ) : (
            number(n, 'targetValue', t('planImport.valueOf', { code: r.code }))
          )}
          {r.direction === 'maintain' &&
            number(n, 'tolerance', t('planImport.toleranceOf', { code: r.code }), '±')}
        </Flex>
      ),
    },
    {
      key: 'unit',
      title: t('planImport.unit'),
      width: 104,
      render: (_, r, n) =>
        note(
          n,
          'unitOfMeasure',
          t('planImport.unitOf', { code: r.code }),
          <Input
            {...common(n, 'unitOfMeasure')}
            aria-label={t('planImport.unitOf', { code: r.code })}
            value={r.unitOfMeasure}
            onChange={(e) => onChange(n, { unitOfMeasure: e.target.value })}
          />,
          String,
        ),
    },
    {
      key: 'kind',
      title: `${t('planImport.kind')} · ${t('planImport.direction')}`,
      width: 140,
      render: (_, r, n) => (
        <Flex vertical gap={4}>
          {note(
            n,
            'kind',
            t('planImport.kindOf', { code: r.code }),
            <Select
              {...common(n, 'kind')}
              aria-label={t('planImport.kindOf', { code: r.code })}
              value={r.kind}
              onChange={(kind) => onChange(n, { kind })}
              options={INDICATOR_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />,
            (v) => labels.kind(v as IndicatorValues['kind']),
          )}
          {note(
            n,
            'direction',
            t('planImport.directionOf', { code: r.code }),
            <Select
              {...common(n, 'direction')}
              aria-label={t('planImport.directionOf', { code: r.code })}
              value={r.direction}
              onChange={(direction) => onChange(n, { direction })}
              options={DIRECTIONS.map((d) => ({ value: d, label: labels.direction(d) }))}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />,
            (v) => labels.direction(v as IndicatorValues['direction']),
          )}
        </Flex>
      ),
    },
    {
      key: 'remove',
      width: 36,
      render: (_, r, n) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('planImport.removeOf', { code: r.code })}
          onClick={() => onRemove(n)}
        />
      ),
    },
  ];

  return (
    <Table<IndicatorValues>
      rowKey={(r) => `${r.sortOrder}`}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 720 }}
      rowClassName={(r, n) =>
        [
          r.parentCode ? 'indicator-child' : '',
          selectedKey?.startsWith(`indicators.${n}.`) ? 'pi-row-selected' : '',
        ].join(' ')
      }
    />
  );
}
